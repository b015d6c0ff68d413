// A disclosure attacker written apart from the perturbation code: what can be concluded about unknown counts from served numbers.
/**
 * The attacker's unknowns are other groups' exact counts (integers ≥ 0) and the perturbed values
 * the server made of them. What it knows of the method is what is published: each group's count
 * in a cell (or margin) is served as count + noise, the noise one the published table allows for
 * that count (it does not know any record key, so every such noise is possible), and a served
 * number is the sum of the groups' served parts. Its own parts it computes exactly. Further
 * knowledge (a margin is the sum of its cells, one record was added between two reads, a quarter
 * lies inside its year) comes as linear relations.
 *
 * Method: bounds consistency to a fixpoint over every relation; then every value left in an
 * unknown's range is tried against each relation holding it, with the exact (not interval) sets
 * the table allows. An unknown with a single value left is recovered. This is the reasoning an
 * auditing tool applies to linked tables; an integer-programming attacker could in principle
 * conclude more (docs/disclosure-control.md says so).
 */

/** The noise values the published table allows for a true count. */
export type SupportOf = (count: number) => readonly number[];

type Relation =
  | { kind: "linear"; vars: number[]; coefs: number[]; lo: number; hi: number }
  | { kind: "perturb"; vars: number[]; y: number };

export interface Range {
  lo: number;
  hi: number;
  /** The values in [lo, hi] that survived the exact check. */
  values: number[];
}

/** No count in the scenarios comes near this; a cap keeps narrowing around cycles finite. */
const CAP = 5_000;
/** Scans of possible totals are skipped beyond this width: such a range says nothing anyway. */
const SCAN = 400;

export class Attacker {
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];
  private readonly labels: string[] = [];
  private readonly relations: Relation[] = [];
  private readonly byVar: number[][] = [];
  /** Served numbers the attacker could not explain: its model of what was served is wrong. */
  readonly contradictions: string[] = [];

  constructor(private readonly support: SupportOf) {}

  variable(label: string): number {
    this.lo.push(0);
    this.hi.push(CAP);
    this.labels.push(label);
    this.byVar.push([]);
    return this.lo.length - 1;
  }

  label(v: number): string {
    return this.labels[v] ?? String(v);
  }

  get size(): number {
    return this.lo.length;
  }

  /** Σ coefs·vars ∈ [lo, hi]. */
  relate(vars: readonly number[], coefs: readonly number[], lo: number, hi: number): void {
    this.add({ kind: "linear", vars: [...vars], coefs: [...coefs], lo, hi });
  }

  /** y is the served value of a count that is the sum of `vars`. */
  perturbs(vars: readonly number[], y: number): void {
    this.add({ kind: "perturb", vars: [...vars], y });
  }

  private add(rel: Relation): void {
    const r = this.relations.length;
    this.relations.push(rel);
    for (const v of rel.vars) this.byVar[v]?.push(r);
    if (rel.kind === "perturb") this.byVar[rel.y]?.push(r);
  }

  private possible(t: number, y: number): boolean {
    return this.support(t).includes(y - t);
  }

  private sumBounds(vars: readonly number[], coefs?: readonly number[]): [number, number] {
    let min = 0;
    let max = 0;
    vars.forEach((v, i) => {
      const c = coefs ? (coefs[i] as number) : 1;
      min += c > 0 ? (this.lo[v] as number) : -(this.hi[v] as number);
      max += c > 0 ? (this.hi[v] as number) : -(this.lo[v] as number);
    });
    return [min, max];
  }

  /** Narrows each var of Σ coefs·vars ∈ [lo, hi] from the others' bounds; the vars that changed. */
  private narrowSum(
    vars: readonly number[],
    coefs: readonly number[],
    lo: number,
    hi: number,
  ): number[] {
    const changed: number[] = [];
    const [minSum, maxSum] = this.sumBounds(vars, coefs);
    vars.forEach((v, i) => {
      const c = coefs[i] as number;
      const own =
        c > 0
          ? [this.lo[v] as number, this.hi[v] as number]
          : [-(this.hi[v] as number), -(this.lo[v] as number)];
      const from = lo - (maxSum - (own[1] as number));
      const to = hi - (minSum - (own[0] as number));
      if (this.tighten(v, c > 0 ? from : -to, c > 0 ? to : -from)) changed.push(v);
    });
    return changed;
  }

  private tighten(v: number, lo: number, hi: number): boolean {
    let changed = false;
    if (lo > (this.lo[v] as number)) {
      this.lo[v] = Math.min(lo, CAP);
      changed = true;
    }
    if (hi < (this.hi[v] as number)) {
      this.hi[v] = Math.max(hi, 0);
      changed = true;
    }
    if ((this.lo[v] as number) > (this.hi[v] as number)) {
      this.contradictions.push(
        `no value fits ${this.label(v)} [${lo},${hi}]: ${this.explain(v).join(" | ")}`,
      );
      this.hi[v] = this.lo[v] as number;
    }
    return changed;
  }

  private step(rel: Relation): number[] {
    if (rel.kind === "linear") return this.narrowSum(rel.vars, rel.coefs, rel.lo, rel.hi);
    const [tlo, thi] = this.sumBounds(rel.vars);
    const changed: number[] = [];
    // The served value from the count: the smallest and largest a count in [tlo, thi] can give.
    if (thi - tlo <= SCAN) {
      let ylo = CAP;
      let yhi = 0;
      for (let t = tlo; t <= thi; t++) {
        for (const d of this.support(t)) {
          ylo = Math.min(ylo, t + d);
          yhi = Math.max(yhi, t + d);
        }
      }
      if (this.tighten(rel.y, ylo, yhi)) changed.push(rel.y);
    }
    // The count from the served value: every count some value in y's range can be served from.
    const ylo = this.lo[rel.y] as number;
    const yhi = this.hi[rel.y] as number;
    if (yhi - ylo <= SCAN) {
      let lo = CAP;
      let hi = -1;
      for (let t = Math.max(tlo, ylo - 5); t <= Math.min(thi, yhi + 5); t++) {
        for (const d of this.support(t)) {
          if (t + d >= ylo && t + d <= yhi) {
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            break;
          }
        }
      }
      if (hi < 0) {
        this.contradictions.push(`no count can be served as ${this.label(rel.y)}`);
        return changed;
      }
      changed.push(
        ...this.narrowSum(
          rel.vars,
          rel.vars.map(() => 1),
          lo,
          hi,
        ),
      );
    }
    return changed;
  }

  /** Narrows every unknown's bounds until nothing changes; returns the number of relation steps. */
  propagate(): number {
    const queue = this.relations.map((_, i) => i);
    const queued = new Set(queue);
    let steps = 0;
    let head = 0;
    // A contradiction means the model of what was served is wrong: stop and say so.
    while (head < queue.length && this.contradictions.length === 0) {
      const r = queue[head++] as number;
      queued.delete(r);
      steps++;
      const stepped = this.step(this.relations[r] as Relation);
      for (const v of stepped) {
        for (const other of this.byVar[v] ?? []) {
          if (other !== r && !queued.has(other)) {
            queued.add(other);
            queue.push(other);
          }
        }
      }
      // The queue only grows: trim what was consumed now and then.
      if (head > 100_000) {
        queue.splice(0, head);
        head = 0;
      }
    }
    return steps;
  }

  /** The relations a complete assignment breaks (for checking the attacker's model against the truth). */
  violated(value: (v: number) => number): string[] {
    const out: string[] = [];
    for (const rel of this.relations) {
      if (rel.kind === "linear") {
        const sum = rel.vars.reduce((a, v, i) => a + (rel.coefs[i] as number) * value(v), 0);
        if (sum < rel.lo || sum > rel.hi)
          out.push(
            `${rel.vars.map((v) => `${this.label(v)}=${value(v)}`).join(" ")} not in [${rel.lo},${rel.hi}]`,
          );
      } else {
        const t = rel.vars.reduce((a, v) => a + value(v), 0);
        if (!this.possible(t, value(rel.y)))
          out.push(`${this.label(rel.y)}=${value(rel.y)} from ${t}`);
      }
    }
    return out;
  }

  /** For debugging a verdict: the relations an unknown is in, with every unknown's bounds. */
  explain(v: number): string[] {
    const show = (w: number) => `${this.label(w)}[${this.lo[w]},${this.hi[w]}]`;
    return (this.byVar[v] ?? []).map((r) => {
      const rel = this.relations[r] as Relation;
      if (rel.kind === "perturb")
        return `${show(rel.y)} = perturb(${rel.vars.map(show).join(" + ")})`;
      return `${rel.vars.map((w, i) => `${(rel.coefs[i] as number) > 0 ? "+" : "-"}${show(w)}`).join(" ")} in [${rel.lo},${rel.hi}]`;
    });
  }

  /** The values of an unknown no relation rules out (after propagate). */
  range(v: number): Range {
    const lo = this.lo[v] as number;
    const hi = this.hi[v] as number;
    const values: number[] = [];
    for (let x = lo; x <= Math.min(hi, lo + 40); x++) {
      if ((this.byVar[v] ?? []).every((r) => this.supports(this.relations[r] as Relation, v, x))) {
        values.push(x);
      }
    }
    if (hi > lo + 40) values.push(hi);
    return { lo, hi, values };
  }

  /** Whether the relation can hold with `v` = x and every other unknown within its bounds. */
  private supports(rel: Relation, v: number, x: number): boolean {
    if (rel.kind === "linear") {
      const [min, max] = this.sumBounds(
        rel.vars.filter((w) => w !== v),
        rel.coefs.filter((_, i) => rel.vars[i] !== v),
      );
      const c = rel.coefs[rel.vars.indexOf(v)] as number;
      return max + c * x >= rel.lo && min + c * x <= rel.hi;
    }
    let [tlo, thi] = this.sumBounds(rel.vars.filter((w) => w !== v));
    let ylo = this.lo[rel.y] as number;
    let yhi = this.hi[rel.y] as number;
    if (v === rel.y) {
      ylo = x;
      yhi = x;
    } else {
      tlo += x;
      thi += x;
    }
    if (thi - tlo > SCAN || yhi - ylo > SCAN) return true;
    for (let t = tlo; t <= thi; t++)
      for (let y = ylo; y <= yhi; y++) if (this.possible(t, y)) return true;
    return false;
  }
}
