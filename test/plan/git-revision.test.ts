import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { describeLanding, readRevision, RevisionError } from '../../src/io/index.js'
import { commitAll, git } from '../helpers/git.js'
import { tempDirectory, writeFiles } from '../helpers/temp.js'

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n'

/** A repository with two commits: `first` and `second` differ in every kind of file. */
function history(path: string) {
  writeFiles(path, {
    'clusters/prod/apps.yaml': DEPLOYMENT,
    'clusters/prod/kustomization.yml': 'resources:\n  - apps.yaml\n',
    'clusters/prod/Kustomization': 'resources: []\n',
    'clusters/prod/settings.env': 'LEVEL=debug\n',
    'README.md': '# top\n'
  })
  const first = commitAll(path, 'first')
  writeFiles(path, {
    'clusters/prod/apps.yaml': DEPLOYMENT.replace('web', 'api'),
    'clusters/prod/settings.env': 'LEVEL=info\n',
    'clusters/prod/new/extra.yaml': 'kind: ConfigMap\n',
    'clusters/prod/ünïcode name.yaml': 'kind: Secret # é\n'
  })
  rmSync(join(path, 'clusters/prod/Kustomization'))
  const second = commitAll(path, 'second')
  return { first, second }
}

test('readRevision: every file at a revision is what git show prints, lazily or not', () => {
  using repo = tempDirectory()
  const { first, second } = history(repo.path)
  for (const rev of [first, second, 'HEAD~1', 'main']) {
    const { repository, sha } = readRevision(repo.path, rev)
    assert.equal(sha, git(repo.path, 'rev-parse', `${rev}^{commit}`).trim())
    const listed = git(repo.path, 'ls-tree', '-r', '-z', '--name-only', sha)
      .split('\0')
      .filter(Boolean)
      .sort()
    assert.deepEqual(repository.files, listed)
    for (const file of repository.files)
      assert.equal(repository.readFile(file), git(repo.path, 'show', `${sha}:${file}`), file)
    assert.equal(repository.readFile('no/such.yaml'), undefined)
    assert.deepEqual(repository.problems, [])
  }
  // The revisions differ: the second sees the change, not the work tree.
  writeFiles(repo.path, { 'clusters/prod/apps.yaml': 'uncommitted\n' })
  assert.match(
    readRevision(repo.path, first).repository.readFile('clusters/prod/apps.yaml')!,
    /web/
  )
  assert.match(
    readRevision(repo.path, second).repository.readFile('clusters/prod/apps.yaml')!,
    /api/
  )
})

test('readRevision: a subfolder lists and reads paths relative to it', () => {
  using repo = tempDirectory()
  const { first, second } = history(repo.path)
  const folder = join(repo.path, 'clusters/prod')
  const before = readRevision(folder, first).repository
  assert.deepEqual(before.files, [
    'Kustomization',
    'apps.yaml',
    'kustomization.yml',
    'settings.env'
  ])
  const after = readRevision(folder, second).repository
  assert.deepEqual(after.files, [
    'apps.yaml',
    'kustomization.yml',
    'new/extra.yaml',
    'settings.env',
    'ünïcode name.yaml'
  ])
  assert.equal(after.readFile('settings.env'), 'LEVEL=info\n')
  assert.equal(after.readFile('ünïcode name.yaml'), 'kind: Secret # é\n')
  assert.equal(after.readFile('../../README.md'), undefined)
  // A folder that holds a pathspec character means itself.
  writeFiles(repo.path, { 'odd*[x]/a.yaml': 'a: 1\n', 'oddx/b.yaml': 'b: 1\n' })
  const third = commitAll(repo.path, 'third')
  assert.deepEqual(readRevision(join(repo.path, 'odd*[x]'), third).repository.files, ['a.yaml'])
})

test('readRevision: neither the work tree nor the index changes', () => {
  using repo = tempDirectory()
  const { first } = history(repo.path)
  writeFiles(repo.path, { 'clusters/prod/apps.yaml': 'edited\n', 'untracked.yaml': 'u: 1\n' })
  git(repo.path, 'add', 'untracked.yaml')
  const index = join(repo.path, '.git/index')
  // An index entry as old as the file it records makes `git status` want to refresh it.
  const status = git(repo.path, 'status', '--porcelain')
  const stamp = statSync(index).mtimeMs
  const hash = createHash('sha256').update(readFileSync(index)).digest('hex')
  const { repository } = readRevision(repo.path, first)
  for (const file of repository.files) repository.readFile(file)
  describeLanding(repo.path, first, 'HEAD')
  assert.equal(statSync(index).mtimeMs, stamp)
  assert.equal(createHash('sha256').update(readFileSync(index)).digest('hex'), hash)
  assert.equal(git(repo.path, 'status', '--porcelain'), status)
  assert.equal(readFileSync(join(repo.path, 'clusters/prod/apps.yaml'), 'utf8'), 'edited\n')
})

test('readRevision: an unknown revision or a folder outside Git is a RevisionError', () => {
  using repo = tempDirectory()
  history(repo.path)
  for (const rev of [
    'no-such-branch',
    'HEAD~5',
    '--all',
    '0000000000000000000000000000000000000000'
  ])
    assert.throws(() => readRevision(repo.path, rev), RevisionError, rev)
  // A tree or a blob is not a commit.
  const tree = git(repo.path, 'rev-parse', 'HEAD^{tree}').trim()
  assert.throws(() => readRevision(repo.path, tree), /unknown revision/)
  using outside = tempDirectory({ 'a.yaml': 'a: 1\n' })
  assert.throws(() => readRevision(outside.path, 'HEAD'), /not inside a Git work tree/)
})

test('readRevision: symbolic links, submodules, invalid UTF-8 are problems, the rest is read', () => {
  using repo = tempDirectory({ 'apps/a.yaml': 'a: 1\n', 'apps/target.yaml': 'b: 2\n' })
  symlinkSync('target.yaml', join(repo.path, 'apps/link.yaml'))
  writeFileSync(join(repo.path, 'apps/latin1.yaml'), Buffer.from('a: 1\nb: caf\xe9\n', 'latin1'))
  writeFileSync(join(repo.path, 'apps/bom.yaml'), '\ufeffa: 1\r\n')
  commitAll(repo.path)
  using sub = tempDirectory({ 'x.yaml': 'x: 1\n' })
  commitAll(sub.path)
  git(
    repo.path,
    '-c',
    'protocol.file.allow=always',
    'submodule',
    'add',
    '--quiet',
    sub.path,
    'apps/sub'
  )
  const sha = commitAll(repo.path, 'submodule')
  const { repository } = readRevision(repo.path, sha)
  assert.deepEqual(repository.files, [
    '.gitmodules',
    'apps/a.yaml',
    'apps/bom.yaml',
    'apps/latin1.yaml',
    'apps/target.yaml'
  ])
  assert.equal(repository.readFile('apps/bom.yaml'), '\ufeffa: 1\r\n')
  assert.equal(repository.readFile('apps/latin1.yaml'), undefined)
  assert.deepEqual(
    repository.problems.map(p => [p.rule, p.file, p.line]),
    [
      ['file-unreadable', 'apps/link.yaml', 1],
      ['file-unreadable', 'apps/sub', 1],
      ['file-unreadable', 'apps/latin1.yaml', 2]
    ]
  )
})

test('describeLanding: a merge commit, a single commit, a range', () => {
  using repo = tempDirectory({ 'a.yaml': 'a: 1\n' })
  const base = commitAll(repo.path)
  git(repo.path, 'checkout', '--quiet', '-b', 'feature')
  writeFiles(repo.path, { 'a.yaml': 'a: 2\n' })
  const one = commitAll(repo.path, 'one')
  writeFiles(repo.path, { 'b.yaml': 'b: 1\n' })
  const two = commitAll(repo.path, 'two')
  git(repo.path, 'checkout', '--quiet', 'main')
  git(repo.path, 'merge', '--quiet', '--no-ff', '-m', 'merge', 'feature')
  const merge = git(repo.path, 'rev-parse', 'HEAD').trim()
  assert.deepEqual(describeLanding(repo.path, base, 'HEAD'), {
    kind: 'merge-commit',
    base,
    head: merge,
    commit: merge
  })
  assert.deepEqual(describeLanding(repo.path, base, one), {
    kind: 'single-commit',
    base,
    head: one,
    commit: one
  })
  assert.deepEqual(describeLanding(repo.path, base, two), {
    kind: 'range',
    base,
    head: two,
    commits: 2,
    merges: 0
  })
  writeFiles(repo.path, { 'c.yaml': 'c: 1\n' })
  const after = commitAll(repo.path, 'after the merge')
  assert.deepEqual(describeLanding(repo.path, base, after), {
    kind: 'range',
    base,
    head: after,
    commits: 4,
    merges: 1
  })
  assert.throws(() => describeLanding(repo.path, 'nope', after), RevisionError)
})
