import { type ParamTable, showIfOf } from './paramTable';

/** A URL key as a notice quotes it: short and plain (a notice is text, never HTML). */
const quoteKey = (key: string) => `“${key.length > 24 ? `${key.slice(0, 24)}…` : key}”`;

/**
 * What a link asks for that the page will not use, in words for a quiet notice: keys the table
 * does not know, and known ones that count only under another parameter's value which the link
 * sets otherwise (`?fit=hoffmann2022&E=1.6`).
 * @example listUrlNotices(isoflopParams, new URLSearchParams('C=1e22&foo=1')) // ["The link’s “foo” is not a setting of this page; it is ignored."]
 */
export function listUrlNotices(table: ParamTable, search: URLSearchParams): string[] {
  const known = new Set(table.map((s) => s.name));
  const unknown = [...new Set(search.keys())].filter((key) => !known.has(key));
  const notices = unknown
    .slice(0, 5)
    .map((key) => `The link’s ${quoteKey(key)} is not a setting of this page; it is ignored.`);
  if (unknown.length > 5)
    notices.push(`${unknown.length - 5} more unknown settings in the link are ignored.`);
  for (const spec of table) {
    const when = showIfOf(spec);
    const set = when === undefined ? null : search.get(when.param);
    if (when && set !== null && set !== when.equals && search.get(spec.name)?.trim()) {
      notices.push(
        `${spec.label} (${spec.name}) counts only when ${when.param} is ${when.equals}, and the link sets ${when.param} to ${quoteKey(set)}; it is ignored.`,
      );
    }
  }
  return notices;
}
