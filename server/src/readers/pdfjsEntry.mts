// The entry point of dist/pdfjs.js: pdf.js and its in-thread worker, bundled apart from the CLI and
// the server so that they load its 4 MB only when a PDF is read (see esbuild.mjs).
export * from 'pdfjs-dist/legacy/build/pdf.mjs';
export { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
