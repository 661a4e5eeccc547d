import { builtInFacts, type CodeBreakdown, type FactRatio } from './built-in-facts';
import {
  defineMetric,
  type MetricBreakdownEntry,
  type MetricDefinition,
  type MetricValue,
  type ReportScopeKind,
} from './metric';
import { medianOfSorted, nearestRankPercentile } from './quantiles';
import type { ReportFact } from './report-fact';

// The built-in metrics, each defined with `defineMetric` exactly as a program defines its own: it declares the
// public facts (`builtInFacts`) it reads and computes its value from them through `context.read`.

const ALL_SCOPES: readonly ReportScopeKind[] = ['program', 'county', 'partner'];
const AREA_SCOPES: readonly ReportScopeKind[] = ['program', 'county'];

/** The `facts` and `compute` of a metric computed from one fact (`null` where the fact has no value). */
function fromFact<Value>(
  fact: ReportFact<Value>,
  compute: (value: Value) => MetricValue,
): Pick<MetricDefinition, 'facts' | 'compute'> {
  return {
    facts: [fact],
    compute: (context) => {
      const value = context.read(fact);
      return value === undefined ? { value: null } : compute(value);
    },
  };
}

function proportion({ numerator, denominator }: FactRatio): MetricValue {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

function statistic(sorted: readonly number[], kind: 'median' | 'p90'): MetricValue {
  const value = kind === 'median' ? medianOfSorted(sorted) : nearestRankPercentile(sorted, 0.9);
  return { value, observations: sorted.length };
}

function counted(counts: CodeBreakdown, dimension: string): MetricValue {
  return { value: counts.count, breakdowns: { [dimension]: counts.entries('count') } };
}

function asHours(entries: readonly MetricBreakdownEntry[]): MetricBreakdownEntry[] {
  return entries.map((entry) => ({ code: entry.code, value: entry.value / 60 }));
}

const text = (en: string, es: string) => ({ en, es });

const referralsReceived = defineMetric({
  id: 'referrals.received',
  label: text('Referrals received', 'Referencias recibidas'),
  description: text(
    'Referrals received in the period, by referral source.',
    'Referencias recibidas en el período, por fuente de referencia.',
  ),
  category: 'referrals',
  unit: 'count',
  numerator: text(
    'Referrals whose received date falls in the period',
    'Referencias cuya fecha de recepción cae en el período',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.referrals, (referrals) => counted(referrals.received, 'source')),
});

const daysToFirstContactMedian = defineMetric({
  id: 'referrals.days-to-first-contact.median',
  label: text(
    'Days from referral to first contact (median)',
    'Días de la referencia al primer contacto (mediana)',
  ),
  description: text(
    'Median days from the date a referral was received to the date of the first contact with the parent.',
    'Mediana de días desde la fecha de recepción de la referencia hasta el primer contacto con el padre o la madre.',
  ),
  category: 'fidelity',
  unit: 'days',
  numerator: text(
    'Days from referral to first contact',
    'Días de la referencia al primer contacto',
  ),
  denominator: text(
    'Referrals received in the period with a first contact',
    'Referencias recibidas en el período con un primer contacto',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.referrals, (referrals) =>
    statistic(referrals.daysToFirstContact, 'median'),
  ),
});

const daysToFirstContactPercentile90 = defineMetric({
  id: 'referrals.days-to-first-contact.p90',
  label: text(
    'Days from referral to first contact (90th percentile)',
    'Días de la referencia al primer contacto (percentil 90)',
  ),
  description: text(
    '90th percentile (nearest rank) of days from referral to first contact.',
    'Percentil 90 (rango más cercano) de los días de la referencia al primer contacto.',
  ),
  category: 'fidelity',
  unit: 'days',
  numerator: text(
    'Days from referral to first contact',
    'Días de la referencia al primer contacto',
  ),
  denominator: text(
    'Referrals received in the period with a first contact',
    'Referencias recibidas en el período con un primer contacto',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.referrals, (referrals) =>
    statistic(referrals.daysToFirstContact, 'p90'),
  ),
});

const daysToMatchMedian = defineMetric({
  id: 'referrals.days-to-match.median',
  label: text(
    'Days from referral to match (median)',
    'Días de la referencia al emparejamiento (mediana)',
  ),
  description: text(
    'Median days from the date a referral was received to the start of the match made for it.',
    'Mediana de días desde la recepción de la referencia hasta el inicio del emparejamiento.',
  ),
  category: 'fidelity',
  unit: 'days',
  numerator: text(
    'Days from referral to the start of the match',
    'Días de la referencia al inicio del emparejamiento',
  ),
  denominator: text(
    'Referrals received in the period that led to a match',
    'Referencias recibidas en el período que llevaron a un emparejamiento',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.referrals, (referrals) => statistic(referrals.daysToMatch, 'median')),
});

const daysToMatchPercentile90 = defineMetric({
  id: 'referrals.days-to-match.p90',
  label: text(
    'Days from referral to match (90th percentile)',
    'Días de la referencia al emparejamiento (percentil 90)',
  ),
  description: text(
    '90th percentile (nearest rank) of days from referral to the start of the match.',
    'Percentil 90 (rango más cercano) de los días de la referencia al inicio del emparejamiento.',
  ),
  category: 'fidelity',
  unit: 'days',
  numerator: text(
    'Days from referral to the start of the match',
    'Días de la referencia al inicio del emparejamiento',
  ),
  denominator: text(
    'Referrals received in the period that led to a match',
    'Referencias recibidas en el período que llevaron a un emparejamiento',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.referrals, (referrals) => statistic(referrals.daysToMatch, 'p90')),
});

const referralsDeclined = defineMetric({
  id: 'referrals.declined',
  label: text('Referrals declined', 'Referencias rechazadas'),
  description: text(
    'Referrals received in the period where the parent said no (participation is voluntary).',
    'Referencias recibidas en el período en que el padre o la madre dijo que no (la participación es voluntaria).',
  ),
  category: 'referrals',
  unit: 'count',
  numerator: text(
    'Referrals received in the period with status declined',
    'Referencias recibidas en el período con estado rechazada',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.referrals, (referrals) => ({ value: referrals.declined })),
});

const referralsUnableToReach = defineMetric({
  id: 'referrals.unable-to-reach',
  label: text('Referrals unable to reach', 'Referencias sin contacto'),
  description: text(
    'Referrals received in the period where the parent could not be reached.',
    'Referencias recibidas en el período en que no se pudo contactar al padre o la madre.',
  ),
  category: 'referrals',
  unit: 'count',
  numerator: text(
    'Referrals received in the period with status unable to reach',
    'Referencias recibidas en el período con estado sin contacto',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.referrals, (referrals) => ({ value: referrals.unableToReach })),
});

const parentsServed = defineMetric({
  id: 'service.parents-served',
  label: text('Parents served (unduplicated)', 'Padres atendidos (sin duplicar)'),
  description: text(
    'Parents with a contact in the period or a match active at any time in it, each counted once per scope.',
    'Padres con un contacto en el período o un emparejamiento activo en algún momento del mismo, contados una vez por ámbito.',
  ),
  category: 'service',
  unit: 'count',
  numerator: text(
    'Distinct parents with a contact or an active match in the period',
    'Padres distintos con un contacto o un emparejamiento activo en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.service, (service) => ({ value: service.parentsServed })),
});

const newMatches = defineMetric({
  id: 'service.new-matches',
  label: text('New matches', 'Emparejamientos nuevos'),
  description: text(
    'Matches whose mentoring started in the period.',
    'Emparejamientos cuya mentoría comenzó en el período.',
  ),
  category: 'service',
  unit: 'count',
  numerator: text(
    'Matches with a start date in the period',
    'Emparejamientos con fecha de inicio en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.service, (service) => ({ value: service.newMatches })),
});

const activeMatchesAtEnd = defineMetric({
  id: 'service.active-matches-at-end',
  label: text('Active matches at period end', 'Emparejamientos activos al cierre del período'),
  description: text(
    'Matches that had started by the last day of the period and had not ended before it.',
    'Emparejamientos iniciados hasta el último día del período y no terminados antes de ese día.',
  ),
  category: 'service',
  unit: 'count',
  numerator: text(
    'Matches active on the last day of the period',
    'Emparejamientos activos el último día del período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.service, (service) => ({ value: service.activeMatchesAtEnd })),
});

const matchesClosed = defineMetric({
  id: 'service.matches-closed',
  label: text('Matches closed', 'Emparejamientos cerrados'),
  description: text(
    'Matches closed in the period, by closure reason.',
    'Emparejamientos cerrados en el período, por motivo de cierre.',
  ),
  category: 'service',
  unit: 'count',
  numerator: text(
    'Closed matches with an end date in the period',
    'Emparejamientos cerrados con fecha de fin en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.service, (service) => counted(service.matchesClosed, 'reason')),
});

const averageMatchLength = defineMetric({
  id: 'service.average-match-length',
  label: text(
    'Average length of closed matches (days)',
    'Duración media de los emparejamientos cerrados (días)',
  ),
  description: text(
    'Mean days from start to end of the matches closed in the period.',
    'Media de días entre el inicio y el fin de los emparejamientos cerrados en el período.',
  ),
  category: 'service',
  unit: 'days',
  numerator: text(
    'Days from start to end, summed over closed matches',
    'Días entre inicio y fin, sumados sobre los emparejamientos cerrados',
  ),
  denominator: text('Matches closed in the period', 'Emparejamientos cerrados en el período'),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.service, (service) => {
    const denominator = service.matchesClosed.count;
    const numerator = service.matchesClosed.sum;
    return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
  }),
});

const contacts = defineMetric({
  id: 'service.contacts',
  label: text('Contacts', 'Contactos'),
  description: text(
    'Rows of the monthly activity form dated in the period, by activity and by mode.',
    'Filas del formulario mensual de actividades con fecha en el período, por actividad y por modalidad.',
  ),
  category: 'service',
  unit: 'count',
  numerator: text('Contacts dated in the period', 'Contactos con fecha en el período'),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.service, (service) => ({
    value: service.contactsByActivity.count,
    breakdowns: {
      activity: service.contactsByActivity.entries('count'),
      mode: service.contactsByMode.entries('count'),
    },
  })),
});

const contactHours = defineMetric({
  id: 'service.contact-hours',
  label: text('Contact hours', 'Horas de contacto'),
  description: text(
    'Hours of the contacts dated in the period, by activity and by mode.',
    'Horas de los contactos con fecha en el período, por actividad y por modalidad.',
  ),
  category: 'service',
  unit: 'hours',
  numerator: text(
    'Minutes of contacts in the period, divided by 60',
    'Minutos de contactos en el período, divididos entre 60',
  ),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.service, (service) => ({
    value: service.contactsByActivity.sum / 60,
    breakdowns: {
      activity: asHours(service.contactsByActivity.entries('sum')),
      mode: asHours(service.contactsByMode.entries('sum')),
    },
  })),
});

const matchMonthsWithContact = defineMetric({
  id: 'service.match-months-with-contact',
  label: text(
    'Active matches with a contact in the month',
    'Emparejamientos activos con un contacto en el mes',
  ),
  description: text(
    'Share of active match-months with at least one contact: each month, the matches active in it and those with a contact dated in it.',
    'Proporción de meses-emparejamiento activos con al menos un contacto: cada mes, los emparejamientos activos y los que tuvieron un contacto en ese mes.',
  ),
  category: 'service',
  unit: 'proportion',
  numerator: text(
    'Active match-months with at least one contact',
    'Meses-emparejamiento activos con al menos un contacto',
  ),
  denominator: text(
    'Match-months: each match counted once for every month of the period it was active in',
    'Meses-emparejamiento: cada emparejamiento contado una vez por cada mes del período en que estuvo activo',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.matchMonths, ({ months }) => {
    let numerator = 0;
    let denominator = 0;
    for (const month of months) {
      numerator += month.contacted;
      denominator += month.active;
    }
    return {
      value: denominator === 0 ? null : numerator / denominator,
      numerator,
      denominator,
      breakdowns: {
        activeByMonth: months.map((month) => ({ code: month.month, value: month.active })),
        contactedByMonth: months.map((month) => ({ code: month.month, value: month.contacted })),
      },
    };
  }),
});

const familyTeamMeetings = defineMetric({
  id: 'service.family-team-meetings',
  label: text('Family team meetings attended', 'Reuniones del equipo familiar con asistencia'),
  description: text(
    'Contacts in the period whose activity is a family team meeting.',
    'Contactos del período cuya actividad es una reunión del equipo familiar.',
  ),
  category: 'service',
  unit: 'count',
  numerator: text(
    'Family team meetings attended by a partner in the period',
    'Reuniones del equipo familiar a las que asistió un mentor en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.service, (service) => ({
    value: service.contactsByActivity.countOf('family_team_meeting'),
  })),
});

const courtHearings = defineMetric({
  id: 'service.court-hearings',
  label: text('Court hearings attended', 'Audiencias judiciales con asistencia'),
  description: text(
    'Contacts in the period whose activity is a court hearing.',
    'Contactos del período cuya actividad es una audiencia judicial.',
  ),
  category: 'service',
  unit: 'count',
  numerator: text(
    'Court hearings attended by a partner in the period',
    'Audiencias a las que asistió un mentor en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.service, (service) => ({
    value: service.contactsByActivity.countOf('court_hearing'),
  })),
});

const permanencyIn12Months = defineMetric({
  id: 'outcomes.permanency-in-12-months',
  label: text('Permanency in 12 months (entries)', 'Permanencia en 12 meses (ingresos)'),
  description: text(
    'CFSR measure: children of served parents who entered care and reached permanency (reunification, adoption, guardianship, living with relatives) within 12 months of entering. Stays under 8 days and entries at 18 or older are excluded; a trial home visit of 30 days or more before reunification counts as reunification from its 30th day. Each entry is judged in the period holding the last day of its 12 months.',
    'Medida CFSR: hijos de padres atendidos que ingresaron al cuidado y lograron la permanencia (reunificación, adopción, tutela, vivir con familiares) dentro de los 12 meses del ingreso. Se excluyen estancias de menos de 8 días e ingresos a los 18 años o más; una visita de prueba en casa de 30 días o más antes de la reunificación cuenta como reunificación desde su día 30. Cada ingreso se evalúa en el período que contiene el último día de sus 12 meses.',
  ),
  category: 'outcomes',
  unit: 'proportion',
  numerator: text(
    'Children discharged to permanency within 12 months of entering care',
    'Niños dados de alta a la permanencia dentro de los 12 meses del ingreso',
  ),
  denominator: text(
    'Children of served parents whose first 12 months in care ended in the period',
    'Hijos de padres atendidos cuyos primeros 12 meses en cuidado terminaron en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.outcomes, (outcomes) => proportion(outcomes.permanencyIn12Months)),
});

const reunificationAtDischarge = defineMetric({
  id: 'outcomes.reunification-at-discharge',
  label: text('Reunified at discharge', 'Reunificados al alta'),
  description: text(
    'Children of served parents discharged from care in the period whose discharge was to reunification (the last discharge of each child in the period).',
    'Hijos de padres atendidos dados de alta del cuidado en el período cuya alta fue a la reunificación (la última alta de cada niño en el período).',
  ),
  category: 'outcomes',
  unit: 'proportion',
  numerator: text('Children discharged to reunification', 'Niños dados de alta a la reunificación'),
  denominator: text(
    'Children of served parents discharged from care in the period',
    'Hijos de padres atendidos dados de alta del cuidado en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.outcomes, (outcomes) => proportion(outcomes.reunificationAtDischarge)),
});

const reEntryIn12Months = defineMetric({
  id: 'outcomes.re-entry-in-12-months',
  label: text('Re-entry within 12 months', 'Reingreso dentro de 12 meses'),
  description: text(
    'CFSR measure (lower is better): children of served parents who exited to reunification, relatives or guardianship within 12 months of entering care, and re-entered care within 12 months of that exit. Stays under 8 days and entries at 18 or older are excluded; each exit is judged in the period holding the last day of its 12-month follow-up.',
    'Medida CFSR (menor es mejor): hijos de padres atendidos que salieron a la reunificación, con familiares o a la tutela dentro de los 12 meses del ingreso y reingresaron dentro de los 12 meses de esa salida. Se excluyen estancias de menos de 8 días e ingresos a los 18 años o más; cada salida se evalúa en el período que contiene el último día de sus 12 meses de seguimiento.',
  ),
  category: 'outcomes',
  unit: 'proportion',
  numerator: text(
    'Children who re-entered care within 12 months of the exit',
    'Niños que reingresaron dentro de los 12 meses de la salida',
  ),
  denominator: text(
    'Children whose 12-month follow-up after such an exit ended in the period',
    'Niños cuyo seguimiento de 12 meses tras esa salida terminó en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.outcomes, (outcomes) => proportion(outcomes.reEntryIn12Months)),
});

const maltreatmentRecurrenceIn12Months = defineMetric({
  id: 'outcomes.maltreatment-recurrence-in-12-months',
  label: text(
    'Maltreatment recurrence within 12 months',
    'Recurrencia del maltrato dentro de 12 meses',
  ),
  description: text(
    'CFSR measure (lower is better): children of served parents with a substantiated maltreatment report who had another substantiated report within 12 months; a report within 14 days of the first is the same incident. Each child is judged once, in the period holding the last day of the 12 months after their report.',
    'Medida CFSR (menor es mejor): hijos de padres atendidos con un informe de maltrato comprobado que tuvieron otro informe comprobado dentro de 12 meses; un informe dentro de los 14 días del primero es el mismo incidente. Cada niño se evalúa una vez, en el período que contiene el último día de los 12 meses posteriores a su informe.',
  ),
  category: 'outcomes',
  unit: 'proportion',
  numerator: text(
    'Children with another substantiated report within 12 months',
    'Niños con otro informe comprobado dentro de 12 meses',
  ),
  denominator: text(
    'Children whose 12 months after a substantiated report ended in the period',
    'Niños cuyos 12 meses posteriores a un informe comprobado terminaron en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.outcomes, (outcomes) => proportion(outcomes.maltreatmentRecurrence)),
});

const contactTargetMet = defineMetric({
  id: 'fidelity.contact-target-met',
  label: text(
    'New matches meeting the contact target',
    'Emparejamientos nuevos que cumplen la meta de contactos',
  ),
  description: text(
    "Share of matches that met the program's face-to-face (and total) contact target in every one of their first months, where month 1 is the month the match started. Each match is judged in the period holding the last of those months; matches that ended earlier are left out.",
    'Proporción de emparejamientos que cumplieron la meta de contactos en persona (y totales) del programa en cada uno de sus primeros meses, donde el mes 1 es el mes de inicio. Cada emparejamiento se evalúa en el período que contiene el último de esos meses; los que terminaron antes no se cuentan.',
  ),
  category: 'fidelity',
  unit: 'proportion',
  numerator: text(
    'Matches meeting the target in every month',
    'Emparejamientos que cumplieron la meta cada mes',
  ),
  denominator: text(
    'Matches whose first months ended in the period, still active then',
    'Emparejamientos cuyos primeros meses terminaron en el período, aún activos entonces',
  ),
  scopes: ALL_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.contactTarget, (target) =>
    target.applies
      ? proportion({ numerator: target.met, denominator: target.judged })
      : { value: null },
  ),
});

const activePartners = defineMetric({
  id: 'workforce.active-partners',
  label: text('Active parent partners', 'Mentores de padres activos'),
  description: text(
    'Parent partners with a contact or an active match in the period.',
    'Mentores de padres con un contacto o un emparejamiento activo en el período.',
  ),
  category: 'workforce',
  unit: 'count',
  numerator: text(
    'Distinct partners with a contact or an active match in the period',
    'Mentores distintos con un contacto o un emparejamiento activo en el período',
  ),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.service, (service) => ({ value: service.activePartners })),
});

const caseloadUse = defineMetric({
  id: 'workforce.caseload-use',
  label: text('Caseload use', 'Uso de la capacidad de casos'),
  description: text(
    "Matches active on the last day of the period held by partners whose status is active, over those partners' caseload capacity (their own or the program default).",
    'Emparejamientos activos el último día del período de los mentores con estado activo, sobre la capacidad de casos de esos mentores (propia o la del programa).',
  ),
  category: 'workforce',
  unit: 'proportion',
  numerator: text(
    'Active matches at period end of active partners',
    'Emparejamientos activos al cierre de los mentores activos',
  ),
  denominator: text(
    'Caseload capacity of partners whose status is active',
    'Capacidad de casos de los mentores con estado activo',
  ),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.workforce, (workforce) => proportion(workforce.caseloadUse)),
});

const trainingCompliance = defineMetric({
  id: 'workforce.training-compliance',
  label: text('Training compliance on the last day', 'Cumplimiento de capacitación el último día'),
  description: text(
    'Partners whose status is active who hold every training the program requires, completed by and not expired on the last day of the period.',
    'Mentores con estado activo que tienen todas las capacitaciones que exige el programa, completadas y vigentes el último día del período.',
  ),
  category: 'workforce',
  unit: 'proportion',
  numerator: text(
    'Active partners holding every required training',
    'Mentores activos con todas las capacitaciones exigidas',
  ),
  denominator: text('Partners whose status is active', 'Mentores con estado activo'),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.workforce, (workforce) => proportion(workforce.trainingCompliance)),
});

const supportHours = defineMetric({
  id: 'workforce.support-hours',
  label: text('Supervision and support hours', 'Horas de supervisión y apoyo'),
  description: text(
    'Partner-hours of trainings, supervision and clinical support sessions in the period (session hours times partners attending), by kind.',
    'Horas-mentor de capacitaciones, supervisión y sesiones de apoyo clínico en el período (horas de sesión por mentores asistentes), por tipo.',
  ),
  category: 'workforce',
  unit: 'hours',
  numerator: text(
    'Session hours times partners attending',
    'Horas de sesión por mentores asistentes',
  ),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.workforce, (workforce) => ({
    value: workforce.supportHours.sum,
    breakdowns: { kind: workforce.supportHours.entries('sum') },
  })),
});

const supportHoursPerPartner = defineMetric({
  id: 'workforce.support-hours-per-partner',
  label: text('Support hours per active partner', 'Horas de apoyo por mentor activo'),
  description: text(
    'Supervision and support partner-hours in the period per partner whose status is active.',
    'Horas-mentor de supervisión y apoyo en el período por mentor con estado activo.',
  ),
  category: 'workforce',
  unit: 'ratio',
  numerator: text('Supervision and support partner-hours', 'Horas-mentor de supervisión y apoyo'),
  denominator: text('Partners whose status is active', 'Mentores con estado activo'),
  scopes: ALL_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.workforce, (workforce) => {
    const numerator = workforce.supportHours.sum;
    // Partners whose status is active: the training-compliance denominator.
    const denominator = workforce.trainingCompliance.denominator;
    return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
  }),
});

const councilMeetings = defineMetric({
  id: 'community.council-meetings',
  label: text('Advisory council meetings held', 'Reuniones del consejo asesor'),
  description: text(
    'Advisory council meetings held in the period and attendance by role.',
    'Reuniones del consejo asesor realizadas en el período y asistencia por función.',
  ),
  category: 'community',
  unit: 'count',
  numerator: text(
    'Advisory council meetings dated in the period',
    'Reuniones del consejo asesor con fecha en el período',
  ),
  scopes: AREA_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.community, (community) => ({
    value: community.councilMeetings,
    breakdowns: { attendanceByRole: community.councilAttendance.entries('sum') },
  })),
});

const graduateParentsOnBoards = defineMetric({
  id: 'community.graduate-parents-on-boards',
  label: text('Graduate parents on committees or boards', 'Padres graduados en comités o juntas'),
  description: text(
    'Graduate parents holding a committee or board seat at any time in the period, each counted once.',
    'Padres graduados con un puesto en un comité o junta en algún momento del período, contados una vez.',
  ),
  category: 'community',
  unit: 'count',
  numerator: text(
    'Distinct graduate parents with a seat during the period',
    'Padres graduados distintos con un puesto durante el período',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.community, (community) => ({
    value: community.graduateParentsOnBoards,
  })),
});

const engagementHours = defineMetric({
  id: 'community.engagement-hours',
  label: text(
    'Systems and community engagement hours',
    'Horas de participación comunitaria y en sistemas',
  ),
  description: text(
    'Hours of engagements dated in the period, by kind.',
    'Horas de participaciones con fecha en el período, por tipo.',
  ),
  category: 'community',
  unit: 'hours',
  numerator: text(
    'Hours recorded on engagements dated in the period',
    'Horas registradas en participaciones con fecha en el período',
  ),
  scopes: AREA_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.community, (community) => ({
    value: community.engagements.sum,
    breakdowns: { kind: community.engagements.entries('sum') },
  })),
});

const groupEvents = defineMetric({
  id: 'community.group-events',
  label: text('Group events held', 'Eventos grupales realizados'),
  description: text(
    'Orientation classes, Parent Cafés and support groups held in the period, by kind.',
    'Clases de orientación, Cafés para Padres y grupos de apoyo realizados en el período, por tipo.',
  ),
  category: 'community',
  unit: 'count',
  numerator: text('Group events dated in the period', 'Eventos grupales con fecha en el período'),
  scopes: AREA_SCOPES,
  countsPeople: false,
  ...fromFact(builtInFacts.community, (community) => counted(community.groupEvents, 'kind')),
});

const groupEventAttendance = defineMetric({
  id: 'community.group-event-attendance',
  label: text('Group event attendance', 'Asistencia a eventos grupales'),
  description: text(
    'Total attendance at group events in the period, by kind, including people not enrolled.',
    'Asistencia total a eventos grupales del período, por tipo, incluidas personas no inscritas.',
  ),
  category: 'community',
  unit: 'count',
  numerator: text(
    'Attendance recorded at group events in the period',
    'Asistencia registrada en eventos grupales del período',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.community, (community) => ({
    value: community.groupEvents.sum,
    breakdowns: { kind: community.groupEvents.entries('sum') },
  })),
});

const groupEventParents = defineMetric({
  id: 'community.group-event-parents',
  label: text(
    'Parents served attending group events',
    'Padres atendidos que asistieron a eventos grupales',
  ),
  description: text(
    'Parents served who attended at least one group event in the period, each counted once.',
    'Padres atendidos que asistieron al menos a un evento grupal en el período, contados una vez.',
  ),
  category: 'community',
  unit: 'count',
  numerator: text(
    'Distinct parents listed as attendees of group events in the period',
    'Padres distintos registrados como asistentes a eventos grupales del período',
  ),
  scopes: AREA_SCOPES,
  countsPeople: true,
  ...fromFact(builtInFacts.community, (community) => ({ value: community.groupEventParents })),
});

/**
 * Every metric the SDK defines, by name, in report order: use the definitions themselves as values
 * (`computeMetric(builtInMetrics.parentsServed, records, options)`), and {@link findBuiltInMetric} for an id
 * read from outside (a command line, a saved configuration).
 */
export const builtInMetrics = Object.freeze({
  /** Referrals received (`referrals.received`). */
  referralsReceived,
  /** Days from referral to first contact (median) (`referrals.days-to-first-contact.median`). */
  daysToFirstContactMedian,
  /** Days from referral to first contact (90th percentile) (`referrals.days-to-first-contact.p90`). */
  daysToFirstContactPercentile90,
  /** Days from referral to match (median) (`referrals.days-to-match.median`). */
  daysToMatchMedian,
  /** Days from referral to match (90th percentile) (`referrals.days-to-match.p90`). */
  daysToMatchPercentile90,
  /** Referrals declined (`referrals.declined`). */
  referralsDeclined,
  /** Referrals unable to reach (`referrals.unable-to-reach`). */
  referralsUnableToReach,
  /** Parents served (unduplicated) (`service.parents-served`). */
  parentsServed,
  /** New matches (`service.new-matches`). */
  newMatches,
  /** Active matches at period end (`service.active-matches-at-end`). */
  activeMatchesAtEnd,
  /** Matches closed (`service.matches-closed`). */
  matchesClosed,
  /** Average length of closed matches (days) (`service.average-match-length`). */
  averageMatchLength,
  /** Contacts (`service.contacts`). */
  contacts,
  /** Contact hours (`service.contact-hours`). */
  contactHours,
  /** Active matches with a contact in the month (`service.match-months-with-contact`). */
  matchMonthsWithContact,
  /** Family team meetings attended (`service.family-team-meetings`). */
  familyTeamMeetings,
  /** Court hearings attended (`service.court-hearings`). */
  courtHearings,
  /** Permanency in 12 months (entries) (`outcomes.permanency-in-12-months`). */
  permanencyIn12Months,
  /** Reunified at discharge (`outcomes.reunification-at-discharge`). */
  reunificationAtDischarge,
  /** Re-entry within 12 months (`outcomes.re-entry-in-12-months`). */
  reEntryIn12Months,
  /** Maltreatment recurrence within 12 months (`outcomes.maltreatment-recurrence-in-12-months`). */
  maltreatmentRecurrenceIn12Months,
  /** New matches meeting the contact target (`fidelity.contact-target-met`). */
  contactTargetMet,
  /** Active parent partners (`workforce.active-partners`). */
  activePartners,
  /** Caseload use (`workforce.caseload-use`). */
  caseloadUse,
  /** Training compliance on the last day (`workforce.training-compliance`). */
  trainingCompliance,
  /** Supervision and support hours (`workforce.support-hours`). */
  supportHours,
  /** Support hours per active partner (`workforce.support-hours-per-partner`). */
  supportHoursPerPartner,
  /** Advisory council meetings held (`community.council-meetings`). */
  councilMeetings,
  /** Graduate parents on committees or boards (`community.graduate-parents-on-boards`). */
  graduateParentsOnBoards,
  /** Systems and community engagement hours (`community.engagement-hours`). */
  engagementHours,
  /** Group events held (`community.group-events`). */
  groupEvents,
  /** Group event attendance (`community.group-event-attendance`). */
  groupEventAttendance,
  /** Parents served attending group events (`community.group-event-parents`). */
  groupEventParents,
});

/**
 * Finds a built-in metric by its id.
 *
 * @example
 * ```ts
 * findBuiltInMetric('service.parents-served')?.unit;
 * //=> 'count'
 * ```
 */
export function findBuiltInMetric(id: string): MetricDefinition | undefined {
  return Object.values(builtInMetrics).find((metric) => metric.id === id);
}
