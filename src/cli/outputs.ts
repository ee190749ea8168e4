/**
 * Checks every output location of a command before anything is read, so
 * that a run never destroys an input or another output, and never fails
 * half-way for a reason known at the start (a missing folder, a folder where
 * a file should go). Every problem is a UsageError (exit 2) naming the path.
 */
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { inputIdentities, outputIdentity } from "../io/pathIdentity.ts";
import { fileSystemMessage } from "../io/readArticleFiles.ts";
import { UsageError } from "./errors.ts";

/** An output as the user named it: `{ flag: "--gexf", path: "g.gexf" }`. "-" is standard output. */
export interface OutputTarget {
  flag: string;
  path: string;
}

export interface OutputPlan {
  /** Files to write ("-" = standard output, never checked). */
  files: readonly OutputTarget[];
  /** Folders to create if missing (--csv DIR); their files are listed in `files`. */
  folders?: readonly OutputTarget[];
}

export interface InputPlan {
  /** Files and folders named on the command line (and option files such as --actors). */
  paths: readonly string[];
  /** Extensions of the files read inside input folders. */
  folderExtensions: readonly string[];
}

/**
 * Throws UsageError on a clash or a bad location; returns how many input files
 * there are (for progress) and their real paths.
 */
export async function checkOutputs(
  outputs: OutputPlan,
  inputs: InputPlan,
): Promise<{ inputFiles: number; inputPaths: string[] }> {
  const newFolders = new Set<string>();
  for (const folder of outputs.folders ?? []) {
    if (await checkFolder(folder)) newFolders.add(resolve(folder.path));
  }
  const files = outputs.files.filter((file) => file.path !== "-");
  const read = await inputIdentities(inputs.paths, inputs.folderExtensions);
  const written = new Map<string, OutputTarget>();
  for (const file of files) {
    const identity = await outputIdentity(file.path);
    const input = read.get(identity);
    if (input !== undefined) {
      throw new UsageError(
        `${file.flag} ${file.path} is the input ${input}: writing it would destroy the input (choose another output path)`,
      );
    }
    const other = written.get(identity);
    if (other !== undefined) {
      throw new UsageError(
        `${other.flag} ${other.path} and ${file.flag} ${file.path} are the same file (give each output its own path)`,
      );
    }
    written.set(identity, file);
    await checkFileLocation(file, newFolders.has(resolve(dirname(file.path))));
  }
  return { inputFiles: read.size, inputPaths: [...read.keys()] };
}

/** A file output: not a folder or a device, in a folder that exists (or will) and can be written. */
async function checkFileLocation(file: OutputTarget, inNewFolder: boolean): Promise<void> {
  const fail = (reason: string) => new UsageError(`cannot write ${file.path}: ${reason}`);
  try {
    const info = await stat(file.path);
    if (info.isDirectory()) throw fail("is a folder, not a file");
    if (!info.isFile()) throw fail("not a regular file");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (!isMissing(error)) throw fail(fileSystemMessage(error));
  }
  if (inNewFolder) return;
  await checkWritableFolder(dirname(file.path), fail);
}

/** --csv DIR: a folder, or a path where one can be created. Returns true when it must be created. */
async function checkFolder(folder: OutputTarget): Promise<boolean> {
  try {
    const info = await stat(folder.path);
    if (!info.isDirectory()) throw new UsageError(`${folder.flag} ${folder.path}: is a file, not a folder`);
    await checkWritableFolder(
      folder.path,
      (reason) => new UsageError(`cannot write to ${folder.path}: ${reason}`),
    );
    return false;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (!isMissing(error)) throw new UsageError(`${folder.flag} ${folder.path}: ${fileSystemMessage(error)}`);
  }
  // Missing: its nearest existing ancestor must be a folder we can write in.
  let parent = dirname(resolve(folder.path));
  for (;;) {
    try {
      await stat(parent);
      break;
    } catch (error) {
      if (!isMissing(error) || dirname(parent) === parent) break;
      parent = dirname(parent);
    }
  }
  await checkWritableFolder(
    parent,
    (reason) => new UsageError(`cannot create folder ${folder.path}: ${reason}`),
  );
  return true;
}

async function checkWritableFolder(folder: string, fail: (reason: string) => UsageError): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(folder);
  } catch (error) {
    throw fail(fileSystemMessage(error));
  }
  if (!info.isDirectory()) throw fail("a part of the path is not a folder");
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw fail("permission denied");
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
