export {
  escapeHtml,
  escapeMarkdown,
  escapeStrings,
  escapeTerminal,
  escapeTerminalLine
} from './escape.js'
export { maskSecretObject, maskSecretValues } from './mask-secrets.js'
