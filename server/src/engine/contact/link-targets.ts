// Link targets the prose spans do not carry: [scrivimi](mailto:…), [chiamami](tel:…), and [Email](jane@x.it)
// written without `mailto:` (it works in most renderers, and people write it).
import type { FoundItem } from './candidates';
import { isWellFormedEmail, trimEmailToken } from './email';
import { classifyPhone, phoneKey } from './phone';
import { itemAt } from './ranges';

/** A Markdown link or `href` whose target is an email with no scheme; group 1 is what precedes it. */
const BARE_EMAIL_TARGET = /(\]\(\s*<?|\bhref\s*=\s*["']?)([^\s()<>"':/?#@]+@[^\s()<>"':/?#@]+)/gi;

export function scanLinkTargets(lines: string[], skipped: Set<number>, found: FoundItem[]): void {
  for (let line = 0; line < lines.length; line++) {
    if (skipped.has(line)) continue;
    const raw = lines[line] ?? '';
    if (!/mailto:|tel:|\]\(\s*<?[^\s():/]+@|href\s*=\s*["']?[^\s():/"']+@/i.test(raw)) continue;
    for (const m of raw.matchAll(/mailto:([^\s)>"'?<\]]+)/gi)) {
      let address = m[1];
      try {
        address = decodeURIComponent(address);
      } catch {
        // keep it as written
      }
      address = trimEmailToken(address);
      if (!isWellFormedEmail(address)) continue;
      const start = (m.index ?? 0) + 'mailto:'.length;
      found.push({ kind: 'email', item: itemAt(line, start, m[1].length, address, true), key: address.toLowerCase(), fromFrontMatter: false });
    }
    for (const m of raw.matchAll(BARE_EMAIL_TARGET)) {
      const address = trimEmailToken(m[2]);
      if (/^[:/]/.test(raw.slice((m.index ?? 0) + m[0].length)) || !isWellFormedEmail(address)) continue;
      const start = (m.index ?? 0) + m[1].length;
      found.push({ kind: 'email', item: itemAt(line, start, address.length, address, true), key: address.toLowerCase(), fromFrontMatter: false });
    }
    for (const m of raw.matchAll(/tel:([+\d][\d\s().\-]*\d)/gi)) {
      const number = m[1];
      const valid = classifyPhone(number, true) === 'valid';
      if (!valid) continue;
      const start = (m.index ?? 0) + 'tel:'.length;
      found.push({ kind: 'phone', item: itemAt(line, start, number.length, number, true), key: phoneKey(number), fromFrontMatter: false });
    }
  }
}
