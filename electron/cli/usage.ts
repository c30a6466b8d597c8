/** The help text, shown by `dossier help` and, on stderr, after a wrong invocation. */
export const usage = `Usage: dossier <command> [options]

A library holds projects (investigations); every command works in one: --project NAME|ID, else the
project used last (dossier projects use sets it).

Commands:
  projects list                       The projects: id, documents, highlights, tags, events, name;
                                      * marks the one commands work in when --project names none
  projects create <name>              Add an empty project
  projects rename <project> <new name>
  projects use <project>              Work in this project from now on when --project names none
  projects delete <project> [--yes]   Delete a project: prints what it holds and deletes with --yes
                                      (or "yes" typed at a terminal); a .dossier backup of it is kept
                                      in backups/deleted-projects and is the way back
  import <files or folders…>          Import documents: .txt, .md, .html, .pdf, .docx (folders recursively)
  list                                List the documents of the project
  show <id>                           Show a document's details, full text and blocks
  replace <id> <file>                 Replace a document with a new version of its file, keeping its
                                      highlights (those that cannot be placed are marked for review)
  search <query…>                     Search the project; matched words are shown as [[word]]
  copy <id>… --to <project> [--with-highlights] [--move]
                                      Copy documents into another project (text and metadata; with
                                      --with-highlights their highlights, notes, grades and tags, not
                                      events); one the target holds already is skipped; --move removes
                                      the copied ones here (one step the app's Undo takes back)
  export brief --out <file> [--format md|html|docx] [--title <title>]
         [--tag <tag>]… [--sub-tags] [--event <id>]… [--from YYYY-MM-DD] [--to YYYY-MM-DD]
         [--min-grade B3] [--whole-project] [--structure chronological|tag|source]
                                      Write the brief as composed in the app (its summary, judgments,
                                      scope and structure), every passage once, one footnote per passage
                                      with a dossier:// link back to it; --tag, --event, --from/--to
                                      and --min-grade (B3, B or 3) set the scope instead (--sub-tags
                                      widens each --tag to its sub-tags), --whole-project drops it;
                                      --structure orders the passages
  export passages|timeline --out <file> [--format csv|json]
                                      Passages as CSV (document, quote, note, tags, grade, page, dates,
                                      link) or JSON; the timeline as TimelineJS CSV or JSON
  export qdpx --out <file>            The project as REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA and
                                      QualCoder: documents, codebook and coded passages (passages that
                                      need review are left out)
  export annotations --out <file>     Every document's metadata, tag, highlight, link and event as JSON
                                      (export never replaces a file unless --force)
  bundle export [<project>] --out <file> [--force]
                                      The project whole (documents, highlights, tags, events, grades,
                                      brief) as a .dossier bundle for another Dossier; <project> is its
                                      name or id, as --project takes it
  bundle import <file> [--as <name> | --merge]
                                      A .dossier bundle as a new project; when the library has its
                                      project already, --as <name> imports it as a new one and --merge
                                      adds what that project lacks (same document by content, nothing
                                      duplicated)
  import-qdpx <file> [--as <name>]    A REFI-QDA .qdpx (QualCoder: text sources and their codings) as
                                      a new project
  open "<dossier:// link>"            Show the document and the current quote a brief's link points at
  events list                         List the timeline's events in date order
  events add --date <date> --title <t>
         [--highlight <id>]… [--description <text>]
                                      Add an event; the date as you would write it: 22 April 2024,
                                      about March 2024, March–May 2024, before 22 April 2024,
                                      late 2023, Q1 2024, 2024-03..2024-05 or EDTF (2024-03~)
  events delete <id>                  Delete an event (its passages stay)
  dates <id> [--reference YYYY-MM-DD]
                                      List the dates the document's text names, as EDTF; relative ones
                                      ("on Monday", "a day later") are resolved against --reference,
                                      else the document's published date, never against today
  highlight <id> --quote "<exact text>"
         [--occurrence N] [--color c] [--note n] [--tag t]… [--grade B2]
                                      Highlight the quoted words in a document (spacing may differ, not
                                      case or punctuation); --occurrence picks one when the quote occurs
                                      more than once; --color yellow (default), green, blue, pink, purple;
                                      --grade B2 grades the passage 2 and an ungraded document B
                                      (--grade 2 grades the passage only)
  grade <id> --reliability A–F|none   Grade a document's source reliability (Admiralty A–F)
  grade --source "<name>" --reliability A–F|none
                                      Grade every document of a source
  grade --highlight <id> --credibility 1–6|none
                                      Grade a passage's information credibility (Admiralty 1–6)
  tags list                           The codebook as a tree: colour, passages ("3 · 12 with sub-tags")
  tags create <name> [--parent <tag>] [--colour #rrggbb] [--description <text>]
  tags rename <tag> <new name>
  tags move <tag> --parent <tag>|--top
  tags merge <tag> <into tag>         Every passage of the first tag goes to the second
  tags delete <tag>                   Delete a tag (its passages stay; its sub-tags move up)
                                      A tag is named by its name (any case) or its id
  tags export --qdc|--csv [--out <file>] [--force]
                                      The codebook as a REFI-QDA codebook (.qdc) or CSV (name, parent,
                                      colour, description); on stdout without --out
  tags import <file>                  Merge a .qdc or .csv codebook by tag name; prints what changed
  backup [--list]                     Back up the library now into backups/ in its folder (the newest
                                      seven are kept); --list shows the backups, newest first
  restore <file>                      Put a backup in place of the library (the current one is backed
                                      up first); close the app and web host before
  help                                Show this help

Options:
  --data-dir <dir>   Library folder (default: $DOSSIER_DATA_DIR, else the per-user app-data folder)
  --project <p>      The project to work in, by name (any case) or id (default: the one used last)
  --json             Print JSON on stdout (messages and errors go to stderr)
  --no-sample        Do not import the sample corpus into a new library
  -h, --help         Show this help
`;
