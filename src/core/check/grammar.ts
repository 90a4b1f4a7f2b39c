/**
 * IAM's policy grammar: the elements a policy and a statement may have, the JSON type of each,
 * and the values IAM accepts for Version, Effect, Sid and condition operators. These are the
 * mistakes that make IAM reject the policy outright, so they come first in a pasted policy.
 */
import type { Member, PolicyModel, StatementModel } from './model'
import { operatorCaseFix, parseOperator } from './operators'
import {
  childPath,
  nodeAtPath,
  properties,
  rangeOf,
  removePropertyEdit,
  replaceStringEdit,
  type Node,
  type ParsedText,
} from './parse'
import type { Report, TextEdit } from './types'

const POLICY_KEYS = ['Version', 'Id', 'Statement']
const STATEMENT_KEYS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction'].concat(
  ['Resource', 'NotResource', 'Condition'],
)
const CURRENT_VERSION = '2012-10-17'
const ACTION_SHAPE = /^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$/
const MAX_CHARACTER_FINDINGS = 20

/** Findings of an absent element; after a syntax error inside it the element may just be unread. */
const MISSING_CODES = new Set([
  'VERSION_MISSING',
  'STATEMENT_MISSING',
  'EFFECT_MISSING',
  'ACTION_MISSING',
  'RESOURCE_MISSING',
])

/**
 * Checks the document's structure against IAM's grammar for identity policies. What parsed is
 * checked even after a syntax error, except that an element is not called missing when the
 * object that should hold it contains the error.
 */
export function checkGrammar(parsed: ParsedText, model: PolicyModel, report: Report) {
  const { text, root, errors } = parsed
  const damaged = (path: string) => {
    const node = nodeAtPath(root, path)
    return (
      node !== undefined &&
      errors.some((e) => e.offset >= node.offset && e.offset <= node.offset + node.length)
    )
  }
  report = guardMissing(report, damaged)
  checkCharacters(text, report)
  if (root) checkDuplicateKeys(root, report)
  if (!root) return
  if (root.type !== 'object') {
    report({ code: 'POLICY_NOT_OBJECT', path: '', range: rangeOf(root) })
    return
  }
  checkKeys(model.members.values(), POLICY_KEYS, 'POLICY_KEY_UNKNOWN', report)
  checkVersion(parsed, root, model, report)
  checkStatementShape(root, model, report)
  const sids = new Map<string, number>()
  for (const statement of model.statements) checkStatement(statement, sids, report)
}

function guardMissing(report: Report, damaged: (path: string) => boolean): Report {
  return (detection) => {
    if (!MISSING_CODES.has(detection.code) || !damaged(detection.path)) report(detection)
  }
}

function checkCharacters(text: string, report: Report) {
  let found = 0
  for (let i = 0; i < text.length && found < MAX_CHARACTER_FINDINGS; i++) {
    const code = text.charCodeAt(i)
    if (code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xff)) continue
    const length = code >= 0xd800 && code <= 0xdbff ? 2 : 1
    const value = text.slice(i, i + length)
    report({ code: 'INVALID_CHARACTER', path: '', range: { offset: i, length }, value })
    found++
    i += length - 1 // a surrogate pair is one character: report it once
  }
}

function checkDuplicateKeys(root: Node, report: Report) {
  const stack = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'object') {
      const seen = new Set<string>()
      for (const { key, keyNode } of properties(node)) {
        if (seen.has(key))
          report({ code: 'JSON_DUPLICATE_KEY', path: '', range: rangeOf(keyNode), value: key })
        seen.add(key)
      }
    }
    for (const child of node.children ?? []) stack.push(child)
  }
}

type KeyCode = 'POLICY_KEY_UNKNOWN' | 'STATEMENT_KEY_UNKNOWN'

function checkKeys(members: Iterable<Member>, allowed: string[], code: KeyCode, report: Report) {
  for (const member of members) {
    if (allowed.includes(member.key)) continue
    const expected = allowed.find((key) => key.toLowerCase() === member.key.toLowerCase())
    report({
      code,
      path: member.path,
      range: rangeOf(member.keyNode),
      value: member.key,
      ...(expected && {
        params: { expected },
        edits: [replaceStringEdit(member.keyNode, expected)],
      }),
    })
  }
}

function checkVersion(parsed: ParsedText, root: Node, model: PolicyModel, report: Report) {
  const version = model.members.get('Version')
  if (!version) {
    const range = { offset: root.offset, length: 1 }
    report({
      code: 'VERSION_MISSING',
      path: '',
      range,
      edits: [versionInsertion(parsed.text, root)],
    })
    return
  }
  const value = version.value.type === 'string' ? String(version.value.value) : undefined
  if (value === CURRENT_VERSION) return
  const code = value === '2008-10-17' ? 'VERSION_OLD' : 'VERSION_INVALID'
  const edits = [replaceStringEdit(version.value, CURRENT_VERSION)]
  report({
    code,
    path: version.path,
    range: rangeOf(version.value),
    value: String(version.value.value),
    edits,
  })
}

/** Inserts Version as the first element, laid out like the element it goes before. */
function versionInsertion(text: string, root: Node): TextEdit {
  const element = `"Version": "${CURRENT_VERSION}"`
  const first = root.children?.[0]
  if (!first) return { offset: root.offset + 1, length: 0, text: element }
  const gap = text.slice(root.offset + 1, first.offset)
  const separator = /^\s*$/.test(gap) ? gap : ' '
  return { offset: first.offset, length: 0, text: `${element},${separator}` }
}

function checkStatementShape(root: Node, model: PolicyModel, report: Report) {
  const statement = model.members.get('Statement')
  if (!statement) {
    report({ code: 'STATEMENT_MISSING', path: '', range: { offset: root.offset, length: 1 } })
    return
  }
  const node = statement.value
  if (node.type === 'array') {
    if (node.children?.length === 0) {
      report({
        code: 'ARRAY_EMPTY',
        path: statement.path,
        range: rangeOf(node),
        params: { element: 'Statement' },
      })
    }
    node.children?.forEach((child, index) => {
      const path = `${statement.path}[${index}]`
      if (child.type !== 'object')
        report({ code: 'STATEMENT_INVALID', path, range: rangeOf(child) })
    })
  } else if (node.type !== 'object') {
    report({ code: 'STATEMENT_INVALID', path: statement.path, range: rangeOf(node) })
  }
}

function checkStatement(statement: StatementModel, sids: Map<string, number>, report: Report) {
  const { members } = statement
  checkKeys(members.values(), STATEMENT_KEYS, 'STATEMENT_KEY_UNKNOWN', report)
  checkSid(members.get('Sid'), sids, report)
  checkEffect(statement, report)
  checkPair(statement, 'Action', 'NotAction', report)
  checkPair(statement, 'Resource', 'NotResource', report)
  for (const element of ['Principal', 'NotPrincipal']) {
    const member = members.get(element)
    if (!member) continue
    const edits = [removePropertyEdit(member.prop)]
    report({
      code: 'PRINCIPAL_IN_IDENTITY_POLICY',
      path: member.path,
      range: rangeOf(member.keyNode),
      params: { element },
      edits,
    })
  }
  for (const action of statement.actions) {
    if (action.value !== '*' && !ACTION_SHAPE.test(action.value)) {
      report({
        code: 'ACTION_FORMAT',
        path: action.path,
        range: rangeOf(action.node),
        value: action.value,
      })
    }
  }
  const condition = members.get('Condition')
  if (condition) checkCondition(condition, report)
}

function checkSid(sid: Member | undefined, sids: Map<string, number>, report: Report) {
  if (!sid) return
  if (sid.value.type !== 'string') {
    report({
      code: 'STRING_EXPECTED',
      path: sid.path,
      range: rangeOf(sid.value),
      params: { element: 'Sid' },
    })
    return
  }
  const value = String(sid.value.value)
  const range = rangeOf(sid.value)
  if (!/^[A-Za-z0-9]*$/.test(value)) {
    const expected = value.replace(/[^A-Za-z0-9]/g, '')
    const fix = expected && {
      params: { expected },
      edits: [replaceStringEdit(sid.value, expected)],
    }
    report({ code: 'SID_INVALID', path: sid.path, range, value, ...fix })
  }
  const count = sids.get(value) ?? 0
  if (count > 0) report({ code: 'SID_DUPLICATE', path: sid.path, range, value })
  sids.set(value, count + 1)
}

function checkEffect(statement: StatementModel, report: Report) {
  const effect = statement.members.get('Effect')
  if (!effect) {
    report({
      code: 'EFFECT_MISSING',
      path: statement.path,
      range: { offset: statement.node.offset, length: 1 },
    })
    return
  }
  const value = effect.value.type === 'string' ? String(effect.value.value) : undefined
  if (value === 'Allow' || value === 'Deny') return
  const expected = ['Allow', 'Deny'].find(
    (word) => word.toLowerCase() === value?.trim().toLowerCase(),
  )
  report({
    code: 'EFFECT_INVALID',
    path: effect.path,
    range: rangeOf(effect.value),
    value: String(effect.value.value),
    ...(expected && { params: { expected }, edits: [replaceStringEdit(effect.value, expected)] }),
  })
}

function checkPair(statement: StatementModel, positive: string, negative: string, report: Report) {
  const first = statement.members.get(positive)
  const second = statement.members.get(negative)
  const isAction = positive === 'Action'
  if (!first && !second) {
    const code = isAction ? 'ACTION_MISSING' : 'RESOURCE_MISSING'
    report({ code, path: statement.path, range: { offset: statement.node.offset, length: 1 } })
  }
  if (first && second) {
    const code = isAction ? 'ACTION_CONFLICT' : 'RESOURCE_CONFLICT'
    report({ code, path: second.path, range: rangeOf(second.keyNode) })
  }
  for (const member of [first, second]) if (member) checkStringList(member, report)
}

/** Reports a value that is not a string or a non-empty array of strings. */
function checkStringList(member: Member, report: Report) {
  const { value, path, key: element } = member
  if (value.type === 'string') return
  if (value.type !== 'array') {
    report({ code: 'STRING_LIST_EXPECTED', path, range: rangeOf(value), params: { element } })
    return
  }
  if (value.children?.length === 0) {
    report({ code: 'ARRAY_EMPTY', path, range: rangeOf(value), params: { element } })
  }
  value.children?.forEach((child, index) => {
    if (child.type === 'string') return
    report({
      code: 'STRING_LIST_EXPECTED',
      path: `${path}[${index}]`,
      range: rangeOf(child),
      params: { element },
    })
  })
}

function checkCondition(condition: Member, report: Report) {
  if (condition.value.type !== 'object') {
    const params = { element: 'Condition' }
    report({
      code: 'OBJECT_EXPECTED',
      path: condition.path,
      range: rangeOf(condition.value),
      params,
    })
    return
  }
  for (const { key: operator, keyNode, value, path } of membersWithPaths(condition)) {
    const parsed = parseOperator(operator)
    if (!parsed) {
      const expected = operatorCaseFix(operator)
      const fix = expected && {
        params: { expected },
        edits: [replaceStringEdit(keyNode, expected)],
      }
      report({
        code: 'CONDITION_OPERATOR_UNKNOWN',
        path,
        range: rangeOf(keyNode),
        value: operator,
        ...fix,
      })
    }
    if (value.type !== 'object') {
      report({
        code: 'OBJECT_EXPECTED',
        path,
        range: rangeOf(value),
        params: { element: operator },
      })
      continue
    }
    for (const entry of membersWithPaths({ value, path })) {
      checkConditionValue(entry.value, entry.path, parsed?.family === 'Null', report)
    }
  }
}

function membersWithPaths(parent: { value: Node; path: string }) {
  return properties(parent.value).map((p) => ({ ...p, path: childPath(parent.path, p.key) }))
}

function checkConditionValue(node: Node, path: string, isNull: boolean, report: Report) {
  const scalars = node.type === 'array' ? (node.children ?? []) : [node]
  if (node.type === 'array' && scalars.length === 0) {
    report({
      code: 'ARRAY_EMPTY',
      path,
      range: rangeOf(node),
      params: { element: 'A condition value' },
    })
  }
  scalars.forEach((child, index) => {
    const childPath = node.type === 'array' ? `${path}[${index}]` : path
    const range = rangeOf(child)
    if (child.type !== 'string' && child.type !== 'number' && child.type !== 'boolean') {
      report({ code: 'CONDITION_VALUE_INVALID', path: childPath, range })
    } else if (isNull && !['true', 'false'].includes(String(child.value))) {
      report({ code: 'NULL_VALUE_INVALID', path: childPath, range, value: String(child.value) })
    }
  })
}
