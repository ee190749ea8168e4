import type { TextInput } from "../../../src/pipeline/pipeline.ts";
import { checkFileSize, graphFileKind, OpenFileError } from "../io/readGraphFile.ts";
import { byId } from "../ui/dom.ts";
import type { StatusArea } from "../ui/status.ts";
import type { AddArticles } from "./articles.ts";

const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

export interface FileOpeners {
  addArticles: AddArticles;
  /** Opens one graph file (worker, progress, Cancel); false when it was not opened. */
  openGraphFile(file: File): Promise<boolean>;
  status: StatusArea;
}

/** Graph files open one by one; articles are collected and added in one batch at the end. */
async function openFiles(files: File[], openers: FileOpeners): Promise<void> {
  openers.status.clear();
  const articles: TextInput[] = [];
  for (const file of files) {
    try {
      if (ARTICLE_EXTENSIONS.test(file.name)) {
        checkFileSize(file.name, file.size);
        articles.push({ id: file.name.replace(/\.[^.]+$/, ""), text: await file.text() });
      } else if (graphFileKind(file.name)) {
        if (!(await openers.openGraphFile(file))) return;
      } else {
        throw new OpenFileError(`${file.name}: unsupported file type (open .gexf, .json, .txt or .md).`);
      }
    } catch (error) {
      openers.status.error(
        error instanceof OpenFileError ? error.message : `${file.name}: could not open (${String(error)}).`,
      );
      return;
    }
  }
  if (articles.length > 0) await openers.addArticles(articles);
}

/** The Open… button and dropping files anywhere on the page. */
export function bindFileOpening(openers: FileOpeners): void {
  const fileInput = byId("open-file", HTMLInputElement);
  fileInput.addEventListener("change", () => {
    void openFiles([...(fileInput.files ?? [])], openers);
    fileInput.value = "";
  });
  const overlay = byId("drop-overlay", HTMLElement);
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) overlay.hidden = true;
  });
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    overlay.hidden = true;
    void openFiles([...(event.dataTransfer?.files ?? [])], openers);
  });
}
