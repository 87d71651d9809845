// Link targets the prose spans do not carry: [scrivimi](mailto:…), [chiamami](tel:…).
import type { FoundItem } from './candidates';
import { isWellFormedEmail, trimEmailToken } from './email';
import { classifyPhone, phoneKey } from './phone';
import { itemAt } from './ranges';

export function scanLinkTargets(lines: string[], skipped: Set<number>, found: FoundItem[]): void {
  for (let line = 0; line < lines.length; line++) {
    if (skipped.has(line)) continue;
    const raw = lines[line] ?? '';
    if (!/mailto:|tel:/i.test(raw)) continue;
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
    for (const m of raw.matchAll(/tel:([+\d][\d\s().\-]*\d)/gi)) {
      const number = m[1];
      const valid = classifyPhone(number, true) === 'valid';
      if (!valid) continue;
      const start = (m.index ?? 0) + 'tel:'.length;
      found.push({ kind: 'phone', item: itemAt(line, start, number.length, number, true), key: phoneKey(number), fromFrontMatter: false });
    }
  }
}
