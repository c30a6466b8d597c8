/** The one store, composed of feature slices. Components read it through selectors; services write it. */
import { create } from 'zustand';
import { createAnnotationsSlice, type AnnotationsSlice } from './annotations-slice';
import { createBriefSlice, type BriefSlice } from './brief-slice';
import { createDatesSlice, type DatesSlice } from './dates-slice';
import { createFindSlice, type FindSlice } from './find-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createProjectsSlice, type ProjectsSlice } from './projects-slice';
import { createReaderSlice, type ReaderSlice } from './reader-slice';
import { createSearchSlice, type SearchSlice } from './search-slice';
import { createTimelineFilterSlice, type TimelineFilterSlice } from './timeline-filter-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = LibrarySlice &
  ReaderSlice &
  FindSlice &
  SearchSlice &
  AnnotationsSlice &
  ImportSlice &
  UiSlice &
  TimelineFilterSlice &
  DatesSlice &
  BriefSlice &
  ProjectsSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createLibrarySlice(...args),
  ...createReaderSlice(...args),
  ...createFindSlice(...args),
  ...createSearchSlice(...args),
  ...createAnnotationsSlice(...args),
  ...createImportSlice(...args),
  ...createUiSlice(...args),
  ...createTimelineFilterSlice(...args),
  ...createDatesSlice(...args),
  ...createBriefSlice(...args),
  ...createProjectsSlice(...args),
}));
