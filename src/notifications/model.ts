/** The text of a notification in plain Dutch, from its kind and data (references, staff names). */
export function describeNotification(kind: string, data: Record<string, unknown>): string {
  switch (kind) {
    case 'break_glass':
      return `${data.actor} heeft noodtoegang genomen tot casus ${data.reference}. Reden: ${data.reason}`;
    case 'emergency_share':
      return `${data.actor} heeft casus ${data.reference} zonder toestemming gedeeld met ${data.organisation} (noodgeval). Reden: ${data.reason}`;
    case 'invitation_accepted':
      return `${data.actor} (${data.organisation}) heeft de uitnodiging voor casus ${data.reference} aangenomen.`;
    case 'handover_offered':
      return `${data.actor} wil casus ${data.reference} aan u overdragen. Bekijk de casus en neem de overdracht aan of weiger met een reden.`;
    case 'handover_accepted':
      return `${data.actor} heeft casus ${data.reference} overgenomen en is nu de regisseur. U blijft in het team als meewerkende collega.`;
    case 'handover_refused':
      return `${data.actor} heeft de overdracht van casus ${data.reference} geweigerd. De casus blijft bij u; de reden staat bij de casus.`;
    case 'handover_withdrawn':
      return `${data.actor} heeft de overdracht van casus ${data.reference} ingetrokken.`;
    case 'follow_up_due':
      return `Nazorg voor casus ${data.reference}: het is ${data.months} maanden na de afsluiting. Ga na of de oplossing standhoudt.`;
    case 'consent_withdrawn':
      return `Een toestemming in casus ${data.reference} is ingetrokken. Ketenpartners zien de onderdelen die daarop rustten niet meer.`;
    case 'decision_requested':
      return `Casus ${data.reference}: ${data.actor} vraagt u om een besluit (${data.level}). Beslis uiterlijk ${data.dueOn}.`;
    case 'decision_escalated':
      return `Het verzoek om een besluit in casus ${data.reference} is niet op tijd beslist en is doorgezet naar ${data.level}. Nieuwe uiterste datum: ${data.dueOn}.`;
    case 'decision_overdue':
      return `Het verzoek om een besluit in casus ${data.reference} wacht nog op een besluit (${data.level}). Er is geen hoger niveau; beslis uiterlijk ${data.dueOn}.`;
    case 'decision_made':
      return `${data.actor} heeft besloten over het verzoek in casus ${data.reference}: ${data.outcome}. De brief voor de inwoner staat klaar.`;
    case 'decision_withdrawn':
      return `${data.actor} heeft het verzoek om een besluit in casus ${data.reference} ingetrokken. U hoeft er niet meer over te beslissen.`;
    default:
      return kind;
  }
}
