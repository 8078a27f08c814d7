/** Today's date on this machine's clock and time zone, as YYYY-MM-DD (hosts read the clock; the core never does). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
