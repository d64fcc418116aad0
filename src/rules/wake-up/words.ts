/** A piece of the caller's words, read and then blanked out so nothing reads it twice. */
export class Words {
  constructor(public text: string) {}

  /** The first match, blanked out. */
  take(pattern: RegExp): RegExpExecArray | null {
    const match = pattern.exec(this.text);
    if (match) {
      this.text = `${this.text.slice(0, match.index)} | ${this.text.slice(match.index + match[0].length)}`;
    }
    return match;
  }

  /** Every match blanked out, unread. */
  drop(pattern: RegExp): void {
    this.text = this.text.replace(new RegExp(pattern.source, "g"), " | ");
  }
}
