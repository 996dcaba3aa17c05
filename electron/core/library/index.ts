export { LibraryService } from './library-service';
export { resolveLibrary, type TeamForLibrary } from './library-place';
export { DocumentLibraryFiles, isFileChunkDocument, type LibraryFiles } from './library-files';
export { isTeamLibraryDocument, LIBRARY_DOCUMENT, LibraryDocument } from './library-document';
export { contentHash, CurationEntry, signDecision, verifiedDecisions } from './curation-signatures';
export { caseMaterials, giveMaterial, sessionMaterials, ungiveMaterial } from './session-materials';
export { AttachmentLibraryFiles } from './library-attachments';
