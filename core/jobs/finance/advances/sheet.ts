import { COLON } from "../../../i18n/colon";
import type { Lang } from "../../../i18n/label";
import { FormSheetBuilder } from "../../../sheets/formSheetBuilder";
import { DATE_FORMAT, MONEY_FORMAT, TEXT_FORMAT } from "../../../sheets/formats";
import type { SheetSpec } from "../../../sheets/sheetSpec";
import { fenNumber, fenText } from "../../../values/money";
import type { AdvancesLedger, LoanLine } from "./ledger";
import type { Signer, Voucher } from "./records";
import { SIGNER_LABELS } from "./signers";
import { ADVANCES_TEXT as T } from "./texts";

/**
 * 借款台账 sheet: one row per loan up to the as-of date - amount, offset, open balance (as `amount - offset`
 * formulas), days open, invoice deadline, the vouchers set against it (cash handed back as 交回现金), status and
 * flags (flagged rows shaded) -
 * the totals as SUBTOTAL formulas, the vouchers that offset no loan listed under it, signature lines.
 */
export function advancesSheet(ledger: AdvancesLedger, project: string | null, lang: Lang): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.sheet[lang]} ${ledger.asOf}`,
    key: `advances/ledger/${ledger.asOf}`,
    title: T.title[lang],
    project: project ?? undefined,
    subtitles: [`${T.asOf[lang]}${COLON[lang]}${ledger.asOf}`],
    columns: [
      { header: T.no[lang], width: 5 },
      { header: T.number[lang], width: 13, format: TEXT_FORMAT },
      { header: T.date[lang], width: 11, format: DATE_FORMAT },
      { header: T.borrower[lang], width: 8 },
      { header: T.purpose[lang], width: 26 },
      { header: T.amount[lang], width: 12, format: MONEY_FORMAT },
      { header: T.offset[lang], width: 12, format: MONEY_FORMAT },
      { header: T.open[lang], width: 12, format: MONEY_FORMAT },
      { header: T.daysOpen[lang], width: 8 },
      { header: T.deadline[lang], width: 11, format: DATE_FORMAT },
      { header: T.vouchers[lang], width: 40 },
      { header: T.status[lang], width: 9 },
      { header: T.remarks[lang], width: 26 },
    ],
    orientation: "landscape",
    freezeColumns: 2,
  });
  ledger.loans.forEach((line, i) => {
    const r = builder.nextRow;
    const remarks = remarksOf(line, lang);
    builder.row(
      [
        i + 1,
        line.loan.number,
        { date: line.loan.date },
        line.loan.borrower,
        line.loan.purpose,
        fenNumber(line.loan.fen),
        fenNumber(line.offsetFen),
        { formula: `ROUND(F${r}-G${r},2)`, value: fenNumber(line.openFen) },
        line.daysOpen,
        { date: line.deadline },
        line.offsets.map(({ voucher }) => voucherText(voucher, lang)).join("；"),
        T.statuses[line.status][lang],
        remarks,
      ],
      remarks === "" ? undefined : "warning",
    );
  });
  builder.total(
    T.total[lang],
    { 6: fenNumber(ledger.amountFen), 7: fenNumber(ledger.offsetFen), 8: fenNumber(ledger.openFen) },
    2,
  );
  const unmatched = ledger.unmatched.map(({ voucher }) =>
    T.unmatchedLine[lang]
      .replace("{sheet}", voucher.source.sheet)
      .replace("{row}", String(voucher.source.row))
      .replace("{date}", voucher.date)
      .replace("{invoice}", voucherKind(voucher, lang) ?? "")
      .replace("{amount}", fenText(voucher.fen))
      .replace("{loan}", voucher.loan ?? T.blank[lang]),
  );
  builder.notes([...(unmatched.length > 0 ? [T.unmatchedHeading[lang], ...unmatched] : []), T.notes[lang]]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}

/** A voucher in the 冲账凭证 cell: `2026-11-05 发票 44001 12,000.00`, or `2026-11-12 交回现金 300.00`. */
function voucherText(voucher: Voucher, lang: Lang): string {
  return [voucher.date, voucherKind(voucher, lang), fenText(voucher.fen)]
    .filter((part) => part !== null)
    .join(" ");
}

/** What a voucher is: 交回现金 for cash handed back, else its invoice number (`发票 44001`), else null. */
function voucherKind(voucher: Voucher, lang: Lang): string | null {
  if (voucher.cashReturn) return T.cashReturn[lang];
  return voucher.invoice === null ? null : `${T.invoice[lang]} ${voucher.invoice}`;
}

function remarksOf(line: LoanLine, lang: Lang): string {
  const names = (signers: readonly Signer[]) => signers.map((s) => SIGNER_LABELS[s][lang]).join("、");
  const parts: string[] = [];
  if (line.offsets.some((o) => o.late)) parts.push(T.late[lang]);
  if (line.overdue) parts.push(T.overdue[lang]);
  if (line.status === "over-offset") parts.push(T.overOffset[lang]);
  if (line.missingSignatures.length > 0) {
    parts.push(T.missing[lang].replace("{signers}", names(line.missingSignatures)));
  }
  if (line.voucherMissingSignatures.length > 0) {
    parts.push(T.voucherMissing[lang].replace("{signers}", names(line.voucherMissingSignatures)));
  }
  return parts.join("；");
}
