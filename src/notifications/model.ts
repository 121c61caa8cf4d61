/** The text of a notification in plain Dutch, from its kind and data (references, staff names). */
export function describeNotification(kind: string, data: Record<string, unknown>): string {
  switch (kind) {
    case 'break_glass':
      return `${data.actor} heeft noodtoegang genomen tot casus ${data.reference}. Reden: ${data.reason}`;
    case 'emergency_share':
      return `${data.actor} heeft casus ${data.reference} zonder toestemming gedeeld met ${data.organisation} (noodgeval). Reden: ${data.reason}`;
    case 'invitation_accepted':
      return `${data.actor} (${data.organisation}) heeft de uitnodiging voor casus ${data.reference} aangenomen.`;
    case 'consent_withdrawn':
      return `Een toestemming in casus ${data.reference} is ingetrokken. Ketenpartners zien de onderdelen die daarop rustten niet meer.`;
    default:
      return kind;
  }
}
