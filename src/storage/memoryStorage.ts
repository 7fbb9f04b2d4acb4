// A Storage in memory for the tests of this folder: it can refuse writes as a full browser does.
export class MemoryStorage implements Storage {
  data = new Map<string, string>();
  failWith: DOMException | null = null;
  /** Refuses only writes that would grow the stored text beyond this many characters (a quota). */
  quota = Infinity;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWith) throw this.failWith;
    const used = [...this.data].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
}
