/**
 * Printable
 * =========
 *
 * Text for a terminal with its control characters escaped: a file name or a document holding `ESC [2J`, a carriage
 * return or a C1 control could otherwise clear the screen, rewrite a line or forge one. Tab and newline stay, as the
 * CLI's own messages and tables use them; inside the names a message quotes, a newline is escaped too. Escapes are
 * `\uXXXX`, which JSON reads back as the same character.
 */

// C0 controls but tab and newline, DEL and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * `text` with its control characters escaped; where it quotes one of `names` (file names), that name's newlines too.
 * @example printable("cannot read a\x1b[2Jb.txt") // "cannot read a\\u001b[2Jb.txt"
 */
export function printable(text: string, names: readonly (string | undefined)[] = []): string {
  for (const name of names) {
    if (name && name.includes("\n")) text = text.split(name).join(name.replace(CONTROL_OR_NEWLINE, escape));
  }
  return text.replace(CONTROL, escape);
}
