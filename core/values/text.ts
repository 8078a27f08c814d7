import { memoize } from "./memo";
/**
 * Traditional -> Simplified pairs, two characters each ("門门"), written by hand for the vocabulary of
 * the sheets PropDesk reads. 帳 and the variant 帐 both fold to 账: in an office workbook they mean accounts.
 */
const TRADITIONAL_PAIRS: readonly string[] = [
  // 門 gate radical
  "門门 們们 問问 悶闷 間间 閒闲 閑闲 開开 關关 閉闭 閱阅 閥阀 閘闸 闆板 閣阁 闊阔 闖闯 閃闪 闡阐 閩闽 閻阎 閏闰 閆闫",
  // 言 speech radical
  "計计 訂订 認认 討讨 訓训 記记 許许 設设 訪访 證证 証证 評评 詢询 試试 話话 該该 詳详 誤误 說说 説说 請请 課课 調调 談谈",
  "論论 諮咨 講讲 謝谢 識识 議议 護护 讀读 變变 讓让 訊讯 託托 訴诉 診诊 詞词 誌志 語语 誠诚 誰谁 諾诺 謀谋 謂谓 謹谨 譜谱",
  "譯译 讚赞 註注 誇夸 詐诈 訣诀 訟讼 誕诞 誘诱 諒谅 諸诸 謊谎 譽誉 訖讫 詮诠 誼谊",
  // 貝 money radical
  "負负 責责 財财 貨货 費费 貼贴 買买 賣卖 質质 購购 資资 賬账 帳账 帐账 賠赔 贈赠 貸贷 貿贸 賀贺 賃赁 賄贿 賓宾 賞赏 賢贤",
  "賤贱 賦赋 賭赌 賴赖 賺赚 賽赛 贊赞 贏赢 贖赎 貝贝 貞贞 貢贡 貧贫 販贩 貪贪 貫贯 貯贮 貴贵 貶贬 賈贾 賊贼 賜赐 員员",
  // 金 metal radical
  "針针 釘钉 鈕钮 鉛铅 銀银 銷销 鋼钢 錄录 録录 錯错 錢钱 錶表 鍵键 鍋锅 鎖锁 鏡镜 鐘钟 鍾钟 鐵铁 鑰钥 鑽钻 鉗钳 鋁铝 銅铜",
  "鋅锌 錫锡 鍍镀 鉤钩 鈎钩 鋸锯 鎚锤 錘锤 鏟铲 剷铲 鋪铺 釣钓 鈔钞 銳锐 鋒锋 錦锦 鑒鉴 鑑鉴 鑄铸 鏈链 鐮镰 鎮镇 鈴铃 銘铭",
  "鉀钾 鈣钙 鈉钠 鋰锂 銹锈 鏽锈",
  // 糸 silk radical
  "紅红 約约 級级 紀纪 紙纸 細细 終终 組组 結结 給给 統统 絲丝 經经 綜综 綠绿 緑绿 維维 網网 緊紧 線线 綫线 編编 練练 縣县",
  "總总 績绩 織织 繳缴 繼继 續续 純纯 紗纱 納纳 紋纹 紐纽 紛纷 紮扎 絕绝 絶绝 絡络 綁绑 綱纲 綿绵 緒绪 緣缘 緩缓 縫缝 縮缩",
  "縱纵 繩绳 繪绘 繫系 纏缠 纖纤 纜缆 繞绕 紹绍 絨绒 綢绸 緞缎 締缔",
  // 車 vehicle radical
  "車车 軌轨 軍军 軟软 較较 載载 輔辅 輛辆 輸输 輪轮 轉转 轎轿 輕轻 輯辑 輝辉 轄辖 轟轰 輩辈",
  // 頁 head radical
  "頁页 頂顶 項项 順顺 預预 領领 頭头 題题 額额 顏颜 願愿 類类 顧顾 顯显 須须 頓顿 頻频 顆颗 頒颁 碩硕",
  // 馬 魚 鳥
  "馬马 駕驾 驗验 騎骑 驅驱 驚惊 駐驻 魚鱼 鳥鸟 雞鸡 鷄鸡 鴨鸭",
  // 食 food radical
  "飯饭 飲饮 館馆 餘余 飽饱 飾饰 餅饼 養养 餵喂 饋馈 飼饲 餃饺",
  // common characters of office, fee, stock and attendance sheets
  "東东 長长 專专 業业 樂乐 豐丰 廣广 廠厂 廳厅 廚厨 廁厕 衛卫 衞卫 陽阳 陰阴 際际 隊队 陣阵 聯联 職职 聽听 聲声 書书 畫画",
  "圖图 團团 園园 圓圆 國国 圍围 場场 塊块 壞坏 壓压 墊垫 牆墙 墻墙 處处 傳传 僅仅 億亿 優优 儲储 兒儿 內内 兩两 冊册 凍冻",
  "劃划 劑剂 動动 務务 勞劳 勢势 區区 協协 參参 雙双 發发 髮发 號号 啟启 啓启 單单 喪丧 嚴严 營营 夠够 夥伙 奮奋 婦妇 學学",
  "寶宝 實实 審审 寫写 對对 導导 將将 層层 屬属 島岛 崗岗 岡冈 幣币 師师 幫帮 帶带 幾几 廢废 強强 張张 當当 徑径 從从 復复",
  "複复 應应 態态 戶户 掃扫 換换 據据 擴扩 擇择 損损 搖摇 攜携 數数 斷断 時时 晝昼 曆历 歷历 會会 條条 極极 樓楼 標标 樣样",
  "機机 檔档 檢检 櫃柜 權权 歲岁 歸归 殘残 氣气 漲涨 減减 測测 湯汤 溫温 準准 滿满 滅灭 潔洁 濕湿 無无 為为 爲为 煙烟 菸烟",
  "熱热 燈灯 燒烧 爭争 狀状 獎奖 現现 環环 產产 産产 畢毕 異异 療疗 盤盘 監监 盡尽 儘尽 確确 礎础 禮礼 種种 稱称 穩稳 積积",
  "競竞 筆笔 節节 範范 簡简 簽签 籤签 義义 習习 脫脱 腦脑 與与 興兴 舉举 舊旧 藥药 藝艺 蘭兰 蟲虫 術术 補补 裝装 製制 見见",
  "規规 視视 親亲 覽览 觀观 覺觉 農农 這这 進进 連连 週周 運运 過过 達达 違违 遠远 適适 選选 遲迟 還还 邊边 郵邮 鄉乡 醫医",
  "陳陈 陸陆 階阶 隨随 險险 隱隐 雜杂 離离 難难 雲云 電电 靈灵 靜静 韓韩 風风 飛飞 體体 鬆松 鹽盐 麥麦 麵面 黃黄 點点 黨党",
  "齊齐 齡龄 龍龙 龜龟",
  // one simplified form for several traditional ones
  "臺台 檯台 颱台 裏里 裡里 後后 並并 併并 幹干 匯汇 彙汇 係系 沖冲 衝冲 採采 捲卷 醜丑 穀谷 隻只 兇凶 遊游 禦御 鬱郁 於于",
  "麼么 癥症 葉叶 纔才 緻致 迴回 佈布 佔占 傢家 釐厘 惡恶 嚮向 樸朴 鬍胡 鬚须 鬥斗 鹹咸 傑杰 簾帘 蘇苏 囌苏 甦苏",
  // more words of the domain, common surnames, units and cleaning / engineering goods
  "曠旷 屆届 災灾 傷伤 棟栋 邏逻 報报 滯滞 憑凭 碼码 稅税 虧亏 倉仓 萬万 貳贰 劉刘 楊杨 趙赵 吳吴 孫孙 鄭郑 馮冯 鄧邓 蕭萧",
  "羅罗 蔣蒋 盧卢 鄒邹 譚谭 龔龚 喬乔 個个 箇个 來来 嗎吗 夾夹 膠胶 塗涂 盃杯 噸吨 盞盏 淨净 凈净 塵尘 汙污 髒脏 臟脏 灑洒",
  "噴喷 霧雾 殺杀 築筑 構构 磚砖 刪删 罰罚 勵励 擔担 愛爱 歡欢 慶庆 況况 螢萤 眞真 査查",
  // frequent characters of everyday text, finance and staff records
  "別别 辦办 價价 備备 庫库 沒没 戰战 爾尔 決决 則则 卻却 濟济 擊击 華华 亞亚 響响 雖虽 眾众 衆众 敵敌 臉脸 剛刚 獨独 彈弹",
  "創创 獲获 樹树 漢汉 揮挥 勝胜 堅坚 媽妈 懷怀 執执 亂乱 腳脚 釋释 歐欧 聞闻 臨临 麗丽 蓋盖 濾滤 爐炉 攝摄 礙碍 溝沟 尋寻",
  "戲戏 擋挡 搶抢 澆浇 潤润 畝亩 鄰邻 鬧闹 寵宠 棄弃 壽寿 虛虚 偽伪 夢梦 憶忆 嘆叹 掛挂 擺摆 撥拨 擠挤 攤摊 償偿 儀仪 寬宽",
  "債债 兌兑 賒赊 僱雇 傭佣 懲惩 辭辞",
];

const FOLD: ReadonlyMap<string, string> = buildFold(TRADITIONAL_PAIRS);

const WHITE_SPACE = /[\s\u180E\u200B\u2060]+/gu;
const LATIN = /\p{Script=Latin}+/gu;
const BRACKETED_SUFFIX = /[([{【〔〖<〈][^()[\]{}【】〔〕〖〗<>〈〉]*[)\]}】〕〗>〉]$/u;
const BRACKETED_PREFIX = /^[([{【〔〖<〈][^()[\]{}【】〔〕〖〗<>〈〉]*[)\]}】〕〗>〉]/u;
const TRAILING_COLONS = /(?<!:):+$/u;

/**
 * The key two item names are matched on: NFKC, all white space removed, Latin letters lower-cased; nothing fuzzier.
 * @example normalizeKey("Ａ４ 纸") === "a4纸"
 */
export const normalizeKey: (s: string) => string = memoize((s: string) =>
  lowerLatin(s.normalize("NFKC").replace(WHITE_SPACE, "")),
);

/**
 * Traditional Chinese characters replaced by their Simplified forms (hand-written table); other text unchanged.
 * @example foldTraditional("單價") === "单价"
 */
export function foldTraditional(s: string): string {
  let out = "";
  for (const ch of s) out += FOLD.get(ch) ?? ch;
  return out;
}

/**
 * The form a header cell is matched on: NFKC, no white space, no `*` marks, one bracketed unit or tag dropped,
 * no trailing colon, Traditional folded to Simplified, Latin lower-cased.
 * @example normalizeHeader("* 數 量\n(個)") === "数量"
 */
export const normalizeHeader: (s: string) => string = memoize(headerForm);

function headerForm(s: string): string {
  let t = s.normalize("NFKC").replace(WHITE_SPACE, "").replace(/\*/gu, "");
  t = t.replace(TRAILING_COLONS, "");
  t = dropOneBracket(t);
  t = t.replace(TRAILING_COLONS, "");
  return lowerLatin(foldTraditional(t));
}

function dropOneBracket(t: string): string {
  const suffix = BRACKETED_SUFFIX.exec(t);
  if (suffix !== null && suffix.index > 0) return t.slice(0, suffix.index);
  const prefix = BRACKETED_PREFIX.exec(t);
  if (prefix !== null && prefix[0].length < t.length) return t.slice(prefix[0].length);
  return t;
}

function lowerLatin(s: string): string {
  return s.replace(LATIN, (m) => m.toLowerCase());
}

function buildFold(lines: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of lines) {
    for (const pair of line.split(" ")) {
      const [traditional, simplified] = [...pair];
      if (traditional !== undefined && simplified !== undefined) map.set(traditional, simplified);
    }
  }
  return map;
}
