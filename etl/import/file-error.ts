/** A problem with a whole file (unreadable, unknown kind, bad header): the file is skipped, the others load. */
export class FileError extends Error {}
