// An ESLint rule: no import cycles, type-only imports included.
//
// eslint-plugin-import-x's `no-cycle` skips `import type`, on the grounds that types
// are erased before run time; but a cycle through types still ties the modules
// together (neither can be understood, moved or tested without the other), and that
// is what the architecture forbids. The graph is read with TypeScript's own scanner
// and module resolution, so every `import`, `import type` and `export … from` counts.
import { statSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';

/** Compiler options of the tsconfig.json nearest a folder. */
const optionsByFolder = new Map();
function compilerOptions(folder) {
  let options = optionsByFolder.get(folder);
  if (!options) {
    const configFile = ts.findConfigFile(folder, ts.sys.fileExists);
    options = configFile
      ? ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, dirname(configFile)).options
      : { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 };
    optionsByFolder.set(folder, options);
  }
  return options;
}

/** The project's own TypeScript file an import names, or undefined (a package, JSON, unresolved). */
const resolved = new Map();
function resolveImport(specifier, fromFile) {
  const folder = dirname(fromFile);
  const key = `${folder}\0${specifier}`;
  if (!resolved.has(key)) {
    const { resolvedModule: m } = ts.resolveModuleName(specifier, fromFile, compilerOptions(folder), ts.sys);
    const own = m && !m.isExternalLibraryImport && /\.[cm]?tsx?$/.test(m.resolvedFileName) && !m.resolvedFileName.endsWith('.d.ts');
    resolved.set(key, own ? m.resolvedFileName : undefined);
  }
  return resolved.get(key);
}

/** Imports of a file on disk, cached by modification time so an editor session sees edits. */
const importsCache = new Map();
function importsOnDisk(fileName) {
  let mtime;
  try {
    mtime = statSync(fileName).mtimeMs;
  } catch {
    return [];
  }
  const cached = importsCache.get(fileName);
  if (cached && cached.mtime === mtime) return cached.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(fileName, 'utf8'), true, false);
  const imports = importedFiles.map((f) => resolveImport(f.fileName, fileName)).filter((f) => f !== undefined);
  importsCache.set(fileName, { mtime, imports });
  return imports;
}

/**
 * For each file that imports its way back to `file`, the next file on a shortest way there:
 * one walk of what `file` reaches (from its imports as linted, which may differ from the disk),
 * each file on disk read, or found unchanged, once.
 */
function waysBack(file, fileImports) {
  const importers = new Map(); // reversed edges, within what `file` reaches
  const seen = new Set([file]);
  const stack = [file];
  while (stack.length > 0) {
    const from = stack.pop();
    for (const to of from === file ? fileImports : importsOnDisk(from)) {
      if (!importers.has(to)) importers.set(to, []);
      importers.get(to).push(from);
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    }
  }
  const next = new Map(); // breadth-first back from `file` along the reversed edges
  const queue = [file];
  while (queue.length > 0) {
    const to = queue.shift();
    for (const from of importers.get(to) ?? []) {
      if (!next.has(from) && from !== file) {
        next.set(from, to);
        queue.push(from);
      }
    }
  }
  return next;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only imports included' },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}' },
  },
  create(context) {
    const fileName = context.physicalFilename;
    const relative = (f) => (f.startsWith(context.cwd + '/') ? f.slice(context.cwd.length + 1) : f);
    const imports = []; // [node, the file it imports]
    const collect = (node, specifier) => {
      if (typeof specifier?.value !== 'string') return;
      const imported = resolveImport(specifier.value, fileName);
      if (imported) imports.push([node, imported]);
    };
    const report = () => {
      if (imports.length === 0) return;
      const next = waysBack(fileName, imports.map(([, imported]) => imported));
      for (const [node, imported] of imports) {
        if (imported !== fileName && !next.has(imported)) continue;
        const chain = [fileName];
        for (let f = imported; f !== fileName; f = next.get(f)) chain.push(f);
        chain.push(fileName);
        context.report({ node, messageId: 'cycle', data: { chain: chain.map(relative).join(' → ') } });
      }
    };
    return {
      ImportDeclaration: (node) => collect(node, node.source),
      ExportNamedDeclaration: (node) => collect(node, node.source),
      ExportAllDeclaration: (node) => collect(node, node.source),
      ImportExpression: (node) => collect(node, node.source),
      TSImportType: (node) => collect(node, node.argument?.literal), // `import('./x').T` in a type
      TSExternalModuleReference: (node) => collect(node, node.expression), // `import x = require('./x')`
      'Program:exit': report,
    };
  },
};
