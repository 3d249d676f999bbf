import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The base the artifact URIs are relative to: the folder the checker ran in. */
export const SRCROOT = '%SRCROOT%';

/** `originalUriBaseIds`: where %SRCROOT% is, a `file:` URI ending in `/` as SARIF requires. */
export function uriBaseIds(baseDir: string): Record<string, { uri: string }> {
  const uri = pathToFileURL(baseDir).href;
  return { [SRCROOT]: { uri: uri.endsWith('/') ? uri : uri + '/' } };
}

/**
 * An artifact location for a path as the caller gave it: relative to %SRCROOT%
 * when the file lies under it, each segment percent-encoded (a `#` or a space in
 * `报告 #1.txt` would otherwise read as a fragment or break the URI); else an
 * absolute `file:` URI.
 */
export function artifactLocation(file: string, baseDir: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(baseDir, file);
  const relative = path.relative(baseDir, absolute);
  const outside = relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative);
  if (outside) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
