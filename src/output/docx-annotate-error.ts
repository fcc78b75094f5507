/** Why --annotate-docx could not write its copy, in Chinese; kept apart so that callers need not load jszip. */
export class AnnotateError extends Error {}
