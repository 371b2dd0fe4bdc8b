// Loaded before every test file by `npm test`: parsed documents are frozen, so a build or an
// analysis that edits what it shares with others throws instead of silently changing them.
import { parsedDocumentChecks } from '../../src/kustomize-lite/yaml-documents.js'

parsedDocumentChecks.freeze = true
