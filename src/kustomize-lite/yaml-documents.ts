import * as jsyaml from 'js-yaml'

// kustomize (kyaml) resolves `<<` merge keys, so the loader does too.
const schema = jsyaml.CORE_SCHEMA.withTags(jsyaml.mergeTag)

export interface YamlParseError {
  message: string
  /** 1-based line of the error, when the parser knows it. */
  line?: number
}

export type ParsedDocuments =
  { ok: true; documents: unknown[] } | { ok: false; error: YamlParseError }

export function parseYamlDocuments(text: string, filename: string): ParsedDocuments {
  try {
    return { ok: true, documents: jsyaml.loadAll(stripByteOrderMark(text), { schema, filename }) }
  } catch (error) {
    return { ok: false, error: describeYamlError(error) }
  }
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function describeYamlError(error: unknown): YamlParseError {
  if (error instanceof jsyaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 : undefined
    return { message: error.reason || error.message, line }
  }
  return { message: error instanceof Error ? error.message : String(error) }
}
