import { ATTACHMENT_EXTENSIONS } from '../attachments/file-type';

/**
 * Every kind of file that may leave the vault (issue #14, item 6), by media type: the reports'
 * formats and the types attachments accept. The core names a file with its type's extension; the
 * desktop's save dialog filters by it. Anything else is not a file we make.
 */
const EXTENSIONS: Readonly<Record<string, readonly [string, ...string[]]>> = {
  'text/csv': ['csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  ...ATTACHMENT_EXTENSIONS,
};

/** The extensions of a media type we export (parameters such as `; charset` ignored). */
export function extensionsOf(mediaType: string): readonly [string, ...string[]] | undefined {
  const bare = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return Object.hasOwn(EXTENSIONS, bare) ? EXTENSIONS[bare] : undefined;
}

/** The media type whose files end in this extension, if we export such files. */
export function mediaTypeOfExtension(extension: string): string | undefined {
  const wanted = extension.toLowerCase();
  return Object.keys(EXTENSIONS).find((type) => EXTENSIONS[type]?.includes(wanted));
}

/** A file name's extension, lower case, or '' when it has none. */
export function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/**
 * A name to suggest for a file of this type: no folder, no control character, nothing Windows
 * refuses in a name, no leading dot; ends in one of the type's extensions (the usual one added
 * when it has none of them), or in none when we do not export the type, so a name cannot claim a
 * type the bytes are not; at most `max` characters, the extension kept when it is cut.
 */
export function exportFileName(
  name: string,
  mediaType: string,
  options: { max: number; fallback: string },
): string {
  const cleaned = name
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]/gu, '')
    .replace(/^[. ]+/, '')
    .trim();
  const current = extensionOf(cleaned);
  const extensions = extensionsOf(mediaType);
  const keeps = current !== '' && extensions?.includes(current) === true;
  const stem = keeps || !extensions ? cleaned.slice(0, cleaned.length - current.length) : cleaned;
  const extension = keeps ? current : (extensions?.[0] ?? '');
  const suffix = extension ? `.${extension}` : '';
  const kept = [...(stem.replace(/\.$/, '').trimEnd() || options.fallback)]
    .slice(0, Math.max(1, options.max - suffix.length))
    .join('')
    .trimEnd();
  return `${kept}${suffix}`;
}
