import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";

/**
 * The file that writing `path` would replace, links resolved: the real path
 * of the file, or for a file that does not exist yet the real path of its
 * folder plus its name. Never throws (a missing folder gives the absolute path).
 */
export async function outputIdentity(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    // Not there yet (or a dangling link): where it would be created.
  }
  try {
    return join(await realpath(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}

/**
 * The files a command would read, by real path, each with the path the user
 * gave: every file named, and in every folder named the files whose extension
 * is in `folderExtensions` (recursively, hidden entries skipped, as
 * readArticleFiles walks them). Paths that cannot be read are left out: the
 * command reports them when it reads. Only names are listed; nothing is read.
 */
export async function inputIdentities(
  paths: readonly string[],
  folderExtensions: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const seenFolders = new Set<string>();
  const walk = async (folder: string, real: string): Promise<void> => {
    // A link back up the tree would otherwise never end.
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      // In a folder whose real path is known, a file or folder that is no link is there by that name:
      // only links need asking the file system (a realpath per file was most of a large folder's walk).
      const target = entry.isFile() || entry.isDirectory() ? join(real, entry.name) : await realOrNull(path);
      if (target === null) continue;
      if (entry.isDirectory() || (entry.isSymbolicLink() && (await isFolder(target)))) {
        await walk(path, target);
      } else if (folderExtensions.includes(extname(entry.name).toLowerCase())) {
        found.set(target, path);
      }
    }
  };
  for (const path of paths) {
    const real = await realOrNull(path);
    if (real === null) continue;
    if (await isFolder(real)) await walk(path, real);
    else found.set(real, path);
  }
  return found;
}

async function realOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
