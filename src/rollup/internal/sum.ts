/**
 * Neumaier's compensated summation (an improved Kahan sum): the error stays about one rounding of the
 * result whatever the number of terms or their magnitudes.
 *
 * @see A. Neumaier (1974), "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen",
 *   ZAMM 54:39–51.
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(x: number): this {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
    return this;
  }

  get value(): number {
    const v = this.sum + this.compensation;
    return v === 0 ? 0 : v;
  }
}
