export { escapeHtml, escapeMarkdown, escapeTerminal } from './escape.js'
