/** The help text, shown by `dossier help` and, on stderr, after a wrong invocation. */
export const usage = `Usage: dossier <command> [options]

Commands:
  import <files or folders…>          Import documents: .txt, .md, .html, .pdf, .docx (folders recursively)
  list                                List the documents in the library
  show <id>                           Show a document's details, full text and blocks
  replace <id> <file>                 Replace a document with a new version of its file, keeping its
                                      highlights (those that cannot be placed are marked for review)
  search <query…>                     Search the library; matched words are shown as [[word]]
  export brief --out <file>           Write the Markdown brief to a file
         [--title <title>] [--force]  (--force replaces an existing file)
  backup [--list]                     Back up the library now into backups/ in its folder (the newest
                                      seven are kept); --list shows the backups, newest first
  restore <file>                      Put a backup in place of the library (the current one is backed
                                      up first); close the app and web host before
  help                                Show this help

Options:
  --data-dir <dir>   Library folder (default: $DOSSIER_DATA_DIR, else the per-user app-data folder)
  --json             Print JSON on stdout (messages and errors go to stderr)
  --no-sample        Do not import the sample corpus into a new library
  -h, --help         Show this help
`;
