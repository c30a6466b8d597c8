/**
 * The ordered list of schema migrations. Append only: a released migration is never edited,
 * because databases in the field have already run it. Migration N moves `user_version` from N-1 to N.
 */
import { up as initial } from './001-initial';
import { up as documentMetadata } from './002-document-metadata';
import { up as searchVersions } from './003-search-versions';
import { up as cleanText } from './004-clean-text';
import { up as edtfEvents } from './005-edtf-events';
import { up as codebookGrades } from './006-codebook-grades';
import { up as briefDrafts } from './007-brief-drafts';
import { up as documentReplaced } from './008-document-replaced';
import { up as projects } from './009-projects';
import { up as documentListIndex } from './010-document-list-index';
import type { Db } from '../open';

export interface Migration {
  version: number;
  name: string;
  /** SQL, or a function for a data migration that SQL would do slowly; run in the migration's transaction. */
  up: string | ((db: Db) => void);
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'document-metadata', up: documentMetadata },
  { version: 3, name: 'search-versions', up: searchVersions },
  { version: 4, name: 'clean-text', up: cleanText },
  { version: 5, name: 'edtf-events', up: edtfEvents },
  { version: 6, name: 'codebook-grades', up: codebookGrades },
  { version: 7, name: 'brief-drafts', up: briefDrafts },
  { version: 8, name: 'document-replaced', up: documentReplaced },
  { version: 9, name: 'projects', up: projects },
  { version: 10, name: 'document-list-index', up: documentListIndex },
];

export const latestVersion = migrations.length;
