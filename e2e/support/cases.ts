/** Configurations the end-to-end tests share, written as a user would enter them. */
import type { RealCase } from '../pages/build-panel'

/**
 * A Django app on django-anymail 10+ sending plain and templated mail: Anymail sends plain
 * mail as raw content (ses:SendRawEmail) and templated mail through SendBulkEmail, which SES
 * authorizes as both ses:SendBulkEmail and ses:SendBulkTemplatedEmail.
 */
export const ANYMAIL_WITH_TEMPLATES: RealCase = {
  sender: 'anymail',
  features: ['send', 'templates'],
  templates: ['welcome'],
  identities: ['example.com'],
  regions: ['us-east-1'],
  account: '111122223333',
}

const PREFIX = 'arn:aws:ses:us-east-1:111122223333'
export const IDENTITY_ARN = `${PREFIX}:identity/example.com`
export const TEMPLATE_ARN = `${PREFIX}:template/welcome`

/** Every (action, resource) pair a policy document allows, as `action resource` strings. */
export function grantsOf(policyJson: string): string[] {
  const doc = JSON.parse(policyJson) as {
    Statement: { Effect: string; Action: string[]; Resource: string[] }[]
  }
  return doc.Statement.filter((s) => s.Effect === 'Allow')
    .flatMap((s) => s.Action.flatMap((a) => s.Resource.map((r) => `${a} ${r}`)))
    .sort()
}
