import { fileSystemMessage } from "../../io/readArticleFiles.ts";
import { writeFileAtomic } from "../../io/writeFileAtomic.ts";
import { CommandError } from "../errors.ts";

/** Writes a command's output file atomically, or stdout for "-"; failures are one line naming the file. */
export async function writeOutputFile(path: string, data: string): Promise<void> {
  if (path === "-") {
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(data, (error) => (error ? reject(error) : resolve()));
    }).catch((error: unknown) => {
      throw new CommandError(`cannot write to standard output: ${fileSystemMessage(error)}`);
    });
    return;
  }
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    throw new CommandError(`cannot write ${path}: ${fileSystemMessage(error)}`);
  }
}
