import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A throwaway editor profile: user data, extensions and the workspace folder, under one temporary folder. */
export interface EditorProfile {
  temp: string;
  userData: string;
  extensions: string;
  workspace: string;
}

export function createEditorProfile(prefix: string): EditorProfile {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const profile = {
    temp,
    userData: path.join(temp, 'user-data'),
    extensions: path.join(temp, 'extensions'),
    workspace: path.join(temp, 'workspace'),
  };
  for (const dir of [profile.userData, profile.extensions, profile.workspace]) fs.mkdirSync(dir);
  return profile;
}
