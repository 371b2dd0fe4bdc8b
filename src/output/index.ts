export {
  escapeHtml,
  escapeMarkdown,
  escapeStrings,
  escapeTerminal,
  escapeTerminalLine
} from './escape.js'
export { maskSecretValues } from './mask-secrets.js'
