/**
 * What the user should know about the derived policy beyond its statements: inputs that became
 * `*`, low-confidence grants, and facts about the sender (an SMTP user must be an IAM user).
 */
import type { Config } from '../config/types'
import { validateConfig } from '../config/validate'
import { getSender } from '../knowledge/senders'
import type { AppliedGrant } from './derivePolicy'
import type { Note } from './types'

const warn = (code: string, message: string): Note => ({ code, level: 'warning', message })
const info = (code: string, message: string): Note => ({ code, level: 'info', message })

/** Notes on the policy derived from `config` (the effective configuration) and its grants. */
export function deriveNotes(
  input: Config,
  config: Config,
  applied: readonly AppliedGrant[],
): Note[] {
  const notes: Note[] = []
  const uses = (kind: string) => applied.some((a) => (a.grant.resources as string[]).includes(kind))
  const sends = applied.some((a) => a.grant.sendsMail)

  if (applied.length === 0) {
    notes.push(warn('no-features', 'No feature is ticked, so the policy grants nothing.'))
  }
  if (!input.account.trim() && applied.length > 0 && (sends || uses('sns-topic'))) {
    notes.push(warn('account-wildcard', 'No account ID entered: ARNs match any account (*).'))
  }
  if (config.regions.length === 0 && (sends || uses('sns-topic'))) {
    notes.push(warn('region-wildcard', 'No region entered: ARNs match any region (*).'))
  }
  if (config.identities.length === 0 && sends) {
    notes.push(warn('identity-wildcard', 'No identity entered: any verified identity may send.'))
  }
  if (config.templates.length === 0 && uses('template')) {
    notes.push(warn('template-wildcard', 'No template entered: any template may be used.'))
  }
  if (config.snsTopics.length === 0 && uses('sns-topic')) {
    notes.push(warn('sns-topic-wildcard', 'No SNS topic entered: any topic may be confirmed.'))
  }
  if (!config.s3Bucket && uses('s3-inbound-object')) {
    notes.push(
      warn('s3-bucket-wildcard', 'No S3 bucket entered: objects in any bucket are readable.'),
    )
  }
  if (config.sandbox && sends) notes.push(sandboxNote(config))
  if (sends && config.configurationSets.length === 0) {
    notes.push(
      info(
        'default-configuration-set',
        'If an identity has a default configuration set, add it: SES checks it on every send, ' +
          'even when the app never names it.',
      ),
    )
  }
  const sender = getSender(config.sender)
  if (sender.sendEmailCompat && config.features.includes('send') && !config.allowSendEmail) {
    notes.push(
      info(
        'send-email-not-granted',
        "ses:SendEmail is left out on purpose: SES authorizes this sender's raw sends as " +
          'ses:SendRawEmail (high confidence). Switch on "Also allow ses:SendEmail" to keep it.',
      ),
    )
  }
  if (applied.some((a) => a.grant.confidence === 'low')) {
    notes.push(warn('low-confidence', 'A grant marked low confidence rests on little evidence.'))
  }
  if (validateConfig(input).length > 0) {
    notes.push({
      code: 'invalid-input-dropped',
      level: 'error',
      message:
        'Some inputs are invalid and left out, which can make the policy broader than meant: ' +
        'fix the marked inputs before using it.',
    })
  }
  for (const [i, text] of sender.notes.entries()) {
    notes.push(info(`sender-${config.sender}-${i + 1}`, text))
  }
  return notes
}

function sandboxNote(config: Config): Note {
  if (config.recipients.length === 0) {
    return warn(
      'sandbox-any-recipient',
      "In the sandbox SES checks each recipient's identity; with no recipient entered the " +
        'policy allows any identity. Enter the verified recipients, or leave the sandbox.',
    )
  }
  return info(
    'sandbox-recipients',
    "In the sandbox SES also checks each recipient's verified identity, so they are granted.",
  )
}
