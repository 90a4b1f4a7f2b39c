/** Tooltip text for each input: what to enter and why the policy needs it. */
import type { ConfigField } from './types'

export const FIELD_HELP: Readonly<Record<ConfigField, string>> = {
  sender: 'The library or interface your app sends mail with; each calls SES differently.',
  features: 'What the app does; each feature adds the permissions its calls need.',
  partition: 'aws for most accounts; aws-cn for China regions; aws-us-gov for GovCloud.',
  regions: 'SES regions the app sends from. Leave empty to allow any region (*).',
  account: 'The 12-digit ID of the AWS account that owns the SES identities.',
  identities:
    'Verified SES identities the app sends from: a domain (example.com) or an address. If the ' +
    'From address is itself verified, SES checks that address identity; otherwise its domain.',
  fromAddresses:
    'Optional: restrict the From address with ses:FromAddress (globs such as *@example.com). ' +
    'Never applied to ses:SendBulkEmail, whose requests carry no address.',
  configurationSets:
    "Configuration sets the app names, and any identity's default set: SES checks the set on " +
    'every send that uses it.',
  templates: 'Names of the SES templates the app sends with. Empty means any template.',
  snsTopics: 'ARNs of the SNS topics the webhook subscribes to (for auto-confirmation).',
  s3Bucket: 'The bucket an SES receipt rule stores incoming mail in.',
  s3Prefix: 'The object key prefix of that receipt rule, if any.',
  sandbox:
    'While the account is in the SES sandbox, SES also checks that each recipient is a ' +
    "verified identity, and checks that identity against the sender's policy.",
  recipients: 'Verified recipient identities (sandbox only). Empty means any identity.',
  allowSendEmail:
    'Also grant ses:SendEmail. No report shows it being checked for these sends; some ' +
    'documentation keeps it "to be safe".',
}
