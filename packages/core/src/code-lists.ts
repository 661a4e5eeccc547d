import * as z from 'zod';

/** One entry of a code list: a stable code with English and Spanish labels and a description. */
export interface CodeEntry<Code extends string = string> {
  /** Stable machine code, lower snake case. */
  readonly code: Code;
  /** Display labels by language. */
  readonly label: { readonly en: string; readonly es: string };
  /** What the code means, in English. */
  readonly description: string;
}

/** A named list of codes (a taxonomy) as data. */
export interface CodeList<Code extends string = string> {
  /** Identifier of the list, for example `placementSetting`. */
  readonly id: string;
  /** The entries, in display order. */
  readonly entries: readonly CodeEntry<Code>[];
}

/** The codes of a code list, as a union of string literals. */
export type CodeOf<List> = List extends CodeList<infer Code> ? Code : never;

/** A program-defined code: the `custom:` prefix followed by a lower-case name. */
export type CustomCode = `custom:${string}`;

/** Pattern every custom code matches. */
export const customCodePattern: RegExp = /^custom:[a-z0-9][a-z0-9_.-]{0,63}$/;

type Row<Code extends string> = readonly [code: Code, en: string, es: string, description: string];

function defineCodeList<const Code extends string>(
  id: string,
  rows: readonly Row<Code>[],
): CodeList<Code> {
  return {
    id,
    entries: rows.map(([code, en, es, description]) => ({ code, label: { en, es }, description })),
  };
}

/** Builds the zod schema for a code list that also accepts a program's own `custom:` codes. */
export function createCodeSchema<Code extends string>(
  list: CodeList<Code>,
  options?: { allowCustom?: true },
): z.ZodType<Code | CustomCode, Code | CustomCode>;
/** Builds the zod schema for a closed code list (such as lifecycle statuses) that refuses `custom:` codes. */
export function createCodeSchema<Code extends string>(
  list: CodeList<Code>,
  options: { allowCustom: false },
): z.ZodType<Code, Code>;
export function createCodeSchema<Code extends string>(
  list: CodeList<Code>,
  options: { allowCustom?: boolean } = {},
): z.ZodType<Code | CustomCode, Code | CustomCode> | z.ZodType<Code, Code> {
  const codes = list.entries.map((entry) => entry.code) as [Code, ...Code[]];
  const known = z.enum(codes);
  if (options.allowCustom === false) {
    return known.meta({ description: `A code of the ${list.id} list.` }) as unknown as z.ZodType<
      Code,
      Code
    >;
  }
  const custom = z
    .templateLiteral(['custom:', z.string()])
    .refine((value) => customCodePattern.test(value), {
      message: 'custom codes are custom: followed by lower-case letters, digits, _ . -',
    });
  return z
    .union([known, custom], {
      error: `must be a code of the ${list.id} list or a custom: code`,
    })
    .meta({
      description: `A code of the ${list.id} list, or a program's own code prefixed custom:.`,
    }) as unknown as z.ZodType<Code | CustomCode, Code | CustomCode>;
}

/** Looks up the label of a code in a list, in English or Spanish; custom codes are shown without their prefix. */
export function labelCode(list: CodeList, code: string, language: 'en' | 'es' = 'en'): string {
  const entry = list.entries.find((candidate) => candidate.code === code);
  if (entry) return entry.label[language];
  return code.startsWith('custom:') ? code.slice('custom:'.length).replaceAll('_', ' ') : code;
}

/** Gender identity (self-described; used for a parent's preference about their partner). */
export const genderIdentities = defineCodeList('genderIdentity', [
  ['woman', 'Woman', 'Mujer', 'Identifies as a woman.'],
  ['man', 'Man', 'Hombre', 'Identifies as a man.'],
  ['nonbinary', 'Non-binary', 'No binario', 'Identifies outside the woman/man binary.'],
  [
    'transgender_woman',
    'Transgender woman',
    'Mujer transgénero',
    'Identifies as a transgender woman.',
  ],
  ['transgender_man', 'Transgender man', 'Hombre transgénero', 'Identifies as a transgender man.'],
  ['two_spirit', 'Two-Spirit', 'Dos espíritus', 'Identifies as Two-Spirit (Indigenous).'],
  [
    'self_described',
    'Self-described',
    'Autodescrito',
    'Describes their gender in their own words.',
  ],
  ['declined', 'Prefers not to say', 'Prefiere no decir', 'Chose not to answer.'],
]);
/** A gender identity code. */
export type GenderIdentity = CodeOf<typeof genderIdentities>;

/** Race and ethnicity categories of the 2024 OMB standard (SPD 15), multi-select, plus "declined". */
export const raceEthnicities = defineCodeList('raceEthnicity', [
  [
    'american_indian_alaska_native',
    'American Indian or Alaska Native',
    'Indígena americano o nativo de Alaska',
    'OMB category.',
  ],
  ['asian', 'Asian', 'Asiático', 'OMB category.'],
  ['black_african_american', 'Black or African American', 'Negro o afroamericano', 'OMB category.'],
  ['hispanic_latino', 'Hispanic or Latino', 'Hispano o latino', 'OMB category.'],
  [
    'middle_eastern_north_african',
    'Middle Eastern or North African',
    'De Oriente Medio o del Norte de África',
    'OMB category.',
  ],
  [
    'native_hawaiian_pacific_islander',
    'Native Hawaiian or Pacific Islander',
    'Nativo de Hawái o de las islas del Pacífico',
    'OMB category.',
  ],
  ['white', 'White', 'Blanco', 'OMB category.'],
  [
    'declined',
    'Declined to answer',
    'Prefirió no responder',
    'The person chose not to answer; exclusive of the other categories.',
  ],
]);
/** An OMB race or ethnicity code. */
export type RaceEthnicity = CodeOf<typeof raceEthnicities>;

/** Lived-experience topics shared by parents and partners; the "sameness" that matching weighs. */
export const livedExperienceTopics = defineCodeList('livedExperienceTopic', [
  [
    'substance_use',
    'Substance use and recovery',
    'Uso de sustancias y recuperación',
    'Alcohol or drug use, treatment and recovery.',
  ],
  ['mental_health', 'Mental health', 'Salud mental', 'Mental-health conditions and treatment.'],
  [
    'domestic_violence',
    'Domestic violence',
    'Violencia doméstica',
    'Surviving intimate-partner or family violence.',
  ],
  ['incarceration', 'Incarceration', 'Encarcelamiento', 'Own or a partner’s incarceration.'],
  [
    'homelessness',
    'Homelessness or housing instability',
    'Falta de vivienda',
    'Homelessness or unstable housing.',
  ],
  ['disability', 'Disability', 'Discapacidad', 'Parenting with a disability.'],
  [
    'teen_parenthood',
    'Teen parenthood',
    'Maternidad o paternidad adolescente',
    'Became a parent as a teenager.',
  ],
  ['immigration', 'Immigration', 'Inmigración', 'Immigration and its legal processes.'],
  [
    'termination_of_parental_rights',
    'Termination of parental rights',
    'Terminación de la patria potestad',
    'A TPR petition or order.',
  ],
  [
    'kinship_care',
    'Children in kinship care',
    'Hijos con familiares',
    'Children placed with relatives.',
  ],
  [
    'foster_care_as_child',
    'Foster care as a child',
    'Cuidado de crianza en la niñez',
    'Was in foster care as a child.',
  ],
  ['poverty', 'Poverty', 'Pobreza', 'Economic hardship.'],
  [
    'child_removal',
    'Removal of children',
    'Retiro de los hijos',
    'Children removed from the home.',
  ],
]);
/** A lived-experience topic code. */
export type LivedExperienceTopic = CodeOf<typeof livedExperienceTopics>;

/** The setting of a placement: where a child in out-of-home care lives during one stretch of a removal episode. */
export const placementSettings = defineCodeList('placementSetting', [
  [
    'pre_adoptive_home',
    'Pre-adoptive home',
    'Hogar preadoptivo',
    'A home where the child is placed for adoption (AFCARS: pre-adoptive home).',
  ],
  [
    'relative_home',
    'Relative foster home',
    'Hogar de crianza de familiares',
    'A foster family home of a relative (kinship care; AFCARS: foster family home, relative).',
  ],
  [
    'non_relative_foster_home',
    'Non-relative foster home',
    'Hogar de crianza no familiar',
    'A licensed foster family home of a non-relative (AFCARS: foster family home, non-relative).',
  ],
  [
    'congregate_care',
    'Congregate care',
    'Cuidado grupal',
    'A group home or institution (AFCARS: group home, institution).',
  ],
  [
    'supervised_independent_living',
    'Supervised independent living',
    'Vida independiente supervisada',
    'An older youth living on their own under the agency’s supervision.',
  ],
  [
    'trial_home_visit',
    'Trial home visit',
    'Visita de prueba en casa',
    'Back home on a trial basis while still in care; not a placement move.',
  ],
  [
    'runaway',
    'Runaway',
    'Fugado',
    'Left the placement without permission while still in care; not a placement move.',
  ],
]);
/** A placement setting code. */
export type PlacementSetting = CodeOf<typeof placementSettings>;

/** A child's permanency goal. */
export const permanencyGoals = defineCodeList('permanencyGoal', [
  ['reunification', 'Reunification', 'Reunificación', 'Return home to the parent.'],
  ['adoption', 'Adoption', 'Adopción', 'Adoption.'],
  ['guardianship', 'Guardianship', 'Tutela', 'Legal guardianship.'],
  [
    'live_with_relatives',
    'Live with other relatives',
    'Vivir con otros familiares',
    'Permanent placement with relatives.',
  ],
  [
    'another_planned_permanent_living_arrangement',
    'Another planned permanent living arrangement',
    'Otro arreglo de vida permanente',
    'APPLA, for older youth.',
  ],
  ['undetermined', 'Not yet determined', 'Aún no determinado', 'No goal set yet.'],
]);
/** A permanency goal code. */
export type PermanencyGoal = CodeOf<typeof permanencyGoals>;

/** How a parent partner's own child-welfare case resolved. */
export const caseResolutions = defineCodeList('caseResolution', [
  ['reunification', 'Reunified', 'Reunificado', 'Children returned home and the case closed.'],
  [
    'tpr_resolved',
    'Resolved TPR issues',
    'Asuntos de TPR resueltos',
    'Resolved issues around termination of parental rights.',
  ],
  [
    'other_permanency',
    'Other permanency',
    'Otra permanencia',
    'Guardianship, relatives or another permanency outcome.',
  ],
]);
/** A case-resolution code. */
export type CaseResolution = CodeOf<typeof caseResolutions>;

/** Training courses (Iowa's topics; programs add their own as custom: codes). */
export const trainingCourses = defineCodeList('trainingCourse', [
  ['orientation', 'Parent partner orientation', 'Orientación', 'Core training before mentoring.'],
  [
    'domestic_violence',
    'Domestic violence',
    'Violencia doméstica',
    'Dynamics of domestic violence and safety.',
  ],
  [
    'mandatory_reporting',
    'Mandatory reporting',
    'Denuncia obligatoria',
    'Duties as a mandated reporter.',
  ],
  [
    'boundaries_and_safety',
    'Boundaries and safety',
    'Límites y seguridad',
    'Professional boundaries and personal safety.',
  ],
  [
    'substance_abuse',
    'Substance abuse',
    'Abuso de sustancias',
    'Substance use, treatment and recovery.',
  ],
  [
    'agency_processes',
    'Child-welfare processes',
    'Procesos de la agencia',
    'The agency and court process.',
  ],
  ['mental_health', 'Mental health', 'Salud mental', 'Mental-health awareness.'],
  ['ethics', 'Ethics', 'Ética', 'Ethical practice.'],
  ['confidentiality', 'Confidentiality', 'Confidencialidad', 'Confidentiality law and practice.'],
  [
    'cultural_competency',
    'Cultural competency',
    'Competencia cultural',
    'Culturally responsible practice.',
  ],
]);
/** A training course code. */
export type TrainingCourse = CodeOf<typeof trainingCourses>;

/** Result of a background check. */
export const backgroundCheckResults = defineCodeList('backgroundCheckResult', [
  ['cleared', 'Cleared', 'Aprobado', 'No findings that bar the role.'],
  [
    'cleared_with_review',
    'Cleared after review',
    'Aprobado tras revisión',
    'Findings reviewed and accepted by the program.',
  ],
  ['pending', 'Pending', 'Pendiente', 'Not yet returned.'],
  ['not_cleared', 'Not cleared', 'No aprobado', 'Findings bar the role.'],
]);
/** A background-check result code. */
export type BackgroundCheckResult = CodeOf<typeof backgroundCheckResults>;

/** Status of a parent partner. */
export const partnerStatuses = defineCodeList('partnerStatus', [
  ['applicant', 'Applicant', 'Solicitante', 'Applied, not yet in training.'],
  ['in_training', 'In training', 'En capacitación', 'Completing required training.'],
  ['active', 'Active', 'Activo', 'Available for matches.'],
  ['on_leave', 'On leave', 'De licencia', 'Temporarily unavailable.'],
  ['inactive', 'Inactive', 'Inactivo', 'No longer mentoring.'],
]);
/** A partner status code. */
export type PartnerStatus = CodeOf<typeof partnerStatuses>;

/** Staff roles around the parent partners. */
export const staffRoles = defineCodeList('staffRole', [
  [
    'coordinator',
    'Coordinator',
    'Coordinador',
    'Manages and supervises the parent partners and makes matches.',
  ],
  [
    'clinical_support',
    'Clinical support',
    'Apoyo clínico',
    'Licensed mental-health provider running the monthly support session.',
  ],
  ['supervisor', 'Supervisor', 'Supervisor', 'Program or agency supervisor.'],
  ['caseworker', 'Caseworker', 'Trabajador social', 'Agency caseworker for the family.'],
]);
/** A staff role code. */
export type StaffRole = CodeOf<typeof staffRoles>;

/** Who referred a parent. */
export const referralSources = defineCodeList('referralSource', [
  ['caseworker', 'Caseworker', 'Trabajador social', 'The family’s caseworker.'],
  ['court', 'Court', 'Tribunal', 'A judge or court staff, e.g. at the shelter-care hearing.'],
  ['parent_attorney', 'Parent’s attorney', 'Abogado del padre o madre', 'The parent’s lawyer.'],
  ['self', 'Self-referral', 'Autorreferido', 'The parent asked.'],
  [
    'family_team_meeting',
    'Family team meeting or safety conference',
    'Reunión familiar o conferencia de seguridad',
    'A family team meeting or child safety conference.',
  ],
  ['treatment_provider', 'Treatment provider', 'Proveedor de tratamiento', 'A treatment provider.'],
  ['community_partner', 'Community partner', 'Socio comunitario', 'A community organisation.'],
  ['other', 'Other', 'Otro', 'Another source.'],
]);
/** A referral source code. */
export type ReferralSource = CodeOf<typeof referralSources>;

/** States of a referral's lifecycle. */
export const referralStatuses = defineCodeList('referralStatus', [
  ['received', 'Received', 'Recibida', 'Received, not yet contacted.'],
  ['contacted', 'Contacted', 'Contactada', 'The parent was reached.'],
  ['accepted', 'Accepted', 'Aceptada', 'The parent said yes to a parent partner.'],
  ['declined', 'Declined', 'Rechazada', 'The parent said no (participation is voluntary).'],
  [
    'unable_to_reach',
    'Unable to reach',
    'No se pudo contactar',
    'The parent could not be reached.',
  ],
  ['waitlisted', 'Waitlisted', 'En lista de espera', 'Accepted but waiting for a partner.'],
]);
/** A referral status code. */
export type ReferralStatus = CodeOf<typeof referralStatuses>;

/** States of a match's lifecycle. */
export const matchStatuses = defineCodeList('matchStatus', [
  [
    'proposed',
    'Proposed',
    'Propuesto',
    'Proposed by the rules or a coordinator, not yet accepted.',
  ],
  [
    'declined',
    'Declined',
    'Rechazado',
    'A proposal that was declined; never proposed again for this parent.',
  ],
  ['active', 'Active', 'Activo', 'Mentoring is under way.'],
  ['paused', 'Paused', 'En pausa', 'Temporarily paused.'],
  ['closed', 'Closed', 'Cerrado', 'Ended, with a closure reason.'],
]);
/** A match status code. */
export type MatchStatus = CodeOf<typeof matchStatuses>;

/** Why a match ended. */
export const matchClosureReasons = defineCodeList('matchClosureReason', [
  ['goals_met', 'Goals met', 'Metas cumplidas', 'The parent met their goals.'],
  ['reunified', 'Reunified', 'Reunificado', 'Children returned home and the case closed.'],
  [
    'other_permanency',
    'Other permanency',
    'Otra permanencia',
    'Case closed with another permanency outcome.',
  ],
  ['parent_declined', 'Parent declined', 'El padre o madre se retiró', 'The parent chose to stop.'],
  [
    'lost_contact',
    'Lost contact',
    'Se perdió el contacto',
    'The parent could no longer be reached.',
  ],
  [
    'partner_unavailable',
    'Partner unavailable',
    'Mentor no disponible',
    'The partner could no longer serve.',
  ],
  ['rematched', 'Rematched', 'Reasignado', 'The parent was matched with another partner.'],
  ['other', 'Other', 'Otro', 'Another reason.'],
]);
/** A match closure reason code. */
export type MatchClosureReason = CodeOf<typeof matchClosureReasons>;

/** How a contact happened. */
export const contactModes = defineCodeList('contactMode', [
  ['in_person', 'In person', 'En persona', 'Face to face.'],
  ['phone', 'Phone', 'Teléfono', 'Voice call.'],
  ['video', 'Video', 'Video', 'Video call.'],
  ['text_email', 'Text or email', 'Mensaje o correo', 'Written messages.'],
]);
/** A contact mode code. */
export type ContactMode = CodeOf<typeof contactModes>;

/** What a contact was (the activity column of the monthly activity form). */
export const contactActivities = defineCodeList('contactActivity', [
  ['mentoring', 'One-on-one mentoring', 'Mentoría individual', 'One-on-one time with the parent.'],
  [
    'family_team_meeting',
    'Family team meeting',
    'Reunión del equipo familiar',
    'Family team meeting or FTDM.',
  ],
  ['staffing', 'Staffing', 'Reunión de personal', 'Case staffing.'],
  [
    'court_hearing',
    'Court hearing',
    'Audiencia judicial',
    'Attended a court hearing with the parent.',
  ],
  ['visitation_support', 'Visitation support', 'Apoyo en visitas', 'Supported a family visit.'],
  [
    'resource_connection',
    'Resource connection',
    'Conexión con recursos',
    'Connected the parent to a resource.',
  ],
  ['transport', 'Transport', 'Transporte', 'Transportation.'],
  [
    'support_group',
    'Support group or Parent Café',
    'Grupo de apoyo o Café para Padres',
    'Group support.',
  ],
  ['other', 'Other', 'Otro', 'Another activity.'],
]);
/** A contact activity code. */
export type ContactActivity = CodeOf<typeof contactActivities>;

/** Who took part in a contact besides the partner. */
export const contactParticipants = defineCodeList('contactParticipant', [
  ['parent', 'Parent', 'Padre o madre', 'The parent served.'],
  ['other_parent', 'Other parent', 'Otro padre o madre', 'The children’s other parent.'],
  ['caseworker', 'Caseworker', 'Trabajador social', 'The family’s caseworker.'],
  ['attorney', 'Attorney', 'Abogado', 'An attorney.'],
  ['provider', 'Service provider', 'Proveedor de servicios', 'A treatment or service provider.'],
  ['relative', 'Relative', 'Familiar', 'A relative or kinship caregiver.'],
  ['foster_parent', 'Foster parent', 'Padre o madre de crianza', 'A foster parent.'],
  ['children', 'Children', 'Hijos', 'The children.'],
]);
/** A contact participant code. */
export type ContactParticipant = CodeOf<typeof contactParticipants>;

/** How a removal episode ended: the reasons for discharge from foster care that AFCARS records. */
export const episodeExitReasons = defineCodeList('episodeExitReason', [
  [
    'reunification',
    'Reunified with parent',
    'Reunificado con el padre o la madre',
    'Returned to the parent or primary caretaker the child was removed from.',
  ],
  [
    'living_with_other_relatives',
    'Living with other relatives',
    'Vive con otros familiares',
    'Discharged to live with relatives other than the parents.',
  ],
  ['guardianship', 'Guardianship', 'Tutela', 'Discharged to a legal guardian.'],
  ['adoption', 'Adoption', 'Adopción', 'Discharged to a finalized adoption.'],
  [
    'emancipation',
    'Emancipation or age of majority',
    'Emancipación o mayoría de edad',
    'Left care on reaching the age of majority or by emancipation.',
  ],
  [
    'transfer_to_another_agency',
    'Transfer to another agency',
    'Traslado a otra agencia',
    'Responsibility for the child passed to another agency.',
  ],
  ['runaway', 'Runaway', 'Fuga', 'Discharged while the child had run away.'],
  ['death_of_child', 'Death of child', 'Fallecimiento del niño', 'The child died while in care.'],
]);
/** A removal episode's exit reason code. */
export type EpisodeExitReason = CodeOf<typeof episodeExitReasons>;

/** What the agency concluded about a maltreatment report (the NCANDS report dispositions used by the CFSR). */
export const maltreatmentDispositions = defineCodeList('maltreatmentDisposition', [
  [
    'substantiated',
    'Substantiated',
    'Comprobado',
    'The allegation was supported by the evidence under state law or policy.',
  ],
  [
    'indicated',
    'Indicated',
    'Indicado',
    'Reason to suspect maltreatment, without the evidence to substantiate it (states that use it).',
  ],
  [
    'unsubstantiated',
    'Unsubstantiated',
    'No comprobado',
    'Not enough evidence that maltreatment occurred.',
  ],
  [
    'alternative_response',
    'Alternative response',
    'Respuesta alternativa',
    'Handled by an assessment without a finding about maltreatment.',
  ],
]);
/** A maltreatment report disposition code. */
export type MaltreatmentDisposition = CodeOf<typeof maltreatmentDispositions>;

/** Kinds of workforce support the program gives its parent partners. */
export const supportSessionKinds = defineCodeList('supportSessionKind', [
  ['training', 'Training', 'Capacitación', 'A training course.'],
  [
    'individual_supervision',
    'Individual supervision',
    'Supervisión individual',
    'One-on-one supervision.',
  ],
  ['group_supervision', 'Group supervision', 'Supervisión grupal', 'Team supervision.'],
  [
    'reflective_supervision',
    'Reflective supervision',
    'Supervisión reflexiva',
    'Reflective practice.',
  ],
  [
    'clinical_support_session',
    'Clinical support session',
    'Sesión de apoyo clínico',
    'The monthly session with the licensed clinician.',
  ],
]);
/** A support session kind code. */
export type SupportSessionKind = CodeOf<typeof supportSessionKinds>;

/** Kinds of systems and community engagement. */
export const engagementKinds = defineCodeList('engagementKind', [
  [
    'advisory_council_meeting',
    'Advisory council meeting',
    'Reunión del consejo asesor',
    'A local or state advisory council meeting.',
  ],
  ['committee_membership', 'Committee membership', 'Miembro de comité', 'Sits on a committee.'],
  ['board_membership', 'Board membership', 'Miembro de junta', 'Sits on a board.'],
  ['speaking', 'Speaking engagement', 'Presentación', 'Speaks at an event.'],
  [
    'training_delivered',
    'Training delivered',
    'Capacitación impartida',
    'Trains professionals or parents.',
  ],
  ['community_event', 'Community event', 'Evento comunitario', 'Takes part in a community event.'],
]);
/** An engagement kind code. */
export type EngagementKind = CodeOf<typeof engagementKinds>;

/** Roles of advisory council members and attendees. */
export const councilRoles = defineCodeList('councilRole', [
  ['agency_staff', 'Agency staff', 'Personal de la agencia', 'Child-welfare agency staff.'],
  [
    'parent',
    'Parent with lived experience',
    'Padre o madre con experiencia vivida',
    'Parent or graduate parent.',
  ],
  ['parent_partner', 'Parent partner', 'Mentor de padres', 'A parent partner.'],
  ['judge', 'Judge', 'Juez', 'Judiciary.'],
  ['district_attorney', 'District attorney', 'Fiscal', 'Prosecutor’s office.'],
  ['police', 'Law enforcement', 'Policía', 'Law enforcement.'],
  ['school', 'School', 'Escuela', 'Education.'],
  [
    'mental_health_provider',
    'Mental-health provider',
    'Proveedor de salud mental',
    'Mental-health services.',
  ],
  [
    'aoda_provider',
    'AODA provider',
    'Proveedor de tratamiento de adicciones',
    'Alcohol and other drug abuse services.',
  ],
  [
    'domestic_violence_provider',
    'Domestic-violence provider',
    'Proveedor de violencia doméstica',
    'Domestic-violence services.',
  ],
  ['foster_parent', 'Foster parent', 'Padre o madre de crianza', 'Foster parents.'],
  ['community_member', 'Community member', 'Miembro de la comunidad', 'Other community members.'],
]);
/** A council role code. */
export type CouncilRole = CodeOf<typeof councilRoles>;

/** Kinds of group events. */
export const groupEventKinds = defineCodeList('groupEventKind', [
  [
    'orientation_class',
    'Orientation class',
    'Clase de orientación',
    'Orientation for newly involved parents (e.g. "Dependency 101").',
  ],
  [
    'parent_cafe',
    'Parent Café',
    'Café para Padres',
    'Structured conversation on the protective factors.',
  ],
  ['support_group', 'Support group', 'Grupo de apoyo', 'Peer support group.'],
]);
/** A group event kind code. */
export type GroupEventKind = CodeOf<typeof groupEventKinds>;

/** How a parent wants to meet their partner. */
export const meetingModes = defineCodeList('meetingMode', [
  ['in_person', 'In person', 'En persona', 'Face to face only.'],
  ['remote', 'Remote', 'A distancia', 'Phone or video only.'],
  ['either', 'Either', 'Cualquiera', 'In person or remote.'],
]);
/** A meeting mode code. */
export type MeetingMode = CodeOf<typeof meetingModes>;

/** Kinds of known relationship between a partner and another person, for conflict-of-interest checks. */
export const relationshipKinds = defineCodeList('relationshipKind', [
  ['relative', 'Relative', 'Familiar', 'Family member.'],
  ['household_member', 'Household member', 'Miembro del hogar', 'Lives in the same household.'],
  ['friend', 'Friend or acquaintance', 'Amistad o conocido', 'Known personally.'],
  ['former_partner', 'Former intimate partner', 'Expareja', 'Former intimate partner.'],
  [
    'own_case',
    'Connected to own case',
    'Relacionado con su propio caso',
    'Involved in the partner’s own case.',
  ],
  ['other', 'Other', 'Otro', 'Another relationship.'],
]);
/** A relationship kind code. */
export type RelationshipKind = CodeOf<typeof relationshipKinds>;

/** Days of the week, for availability. */
export const weekdays = defineCodeList('weekday', [
  ['monday', 'Monday', 'Lunes', 'Monday.'],
  ['tuesday', 'Tuesday', 'Martes', 'Tuesday.'],
  ['wednesday', 'Wednesday', 'Miércoles', 'Wednesday.'],
  ['thursday', 'Thursday', 'Jueves', 'Thursday.'],
  ['friday', 'Friday', 'Viernes', 'Friday.'],
  ['saturday', 'Saturday', 'Sábado', 'Saturday.'],
  ['sunday', 'Sunday', 'Domingo', 'Sunday.'],
]);
/** A weekday code. */
export type Weekday = CodeOf<typeof weekdays>;

/** Channels of a contact point. */
export const contactSystems = defineCodeList('contactSystem', [
  ['phone', 'Phone', 'Teléfono', 'Voice calls.'],
  ['sms', 'Text message', 'Mensaje de texto', 'SMS text messages.'],
  ['email', 'Email', 'Correo electrónico', 'Email.'],
  ['mail', 'Postal mail', 'Correo postal', 'Letters.'],
]);
/** A contact-point channel code. */
export type ContactSystem = CodeOf<typeof contactSystems>;

/** A person's relationship to a tribe (ICWA relevance). */
export const tribalAffiliationStatuses = defineCodeList('tribalAffiliationStatus', [
  ['member', 'Enrolled member', 'Miembro inscrito', 'Enrolled member of a tribe.'],
  [
    'eligible',
    'Eligible for membership',
    'Elegible para membresía',
    'Eligible for membership of a tribe.',
  ],
  ['descendant', 'Descendant', 'Descendiente', 'Descendant of a member, not enrolled.'],
  ['none', 'No affiliation', 'Sin afiliación', 'No tribal affiliation.'],
  ['unknown', 'Unknown', 'Desconocido', 'Not yet known; ICWA inquiry continues.'],
  ['declined', 'Declined to answer', 'Prefirió no responder', 'The person chose not to answer.'],
]);
/** A tribal affiliation status code. */
export type TribalAffiliationStatus = CodeOf<typeof tribalAffiliationStatuses>;

/** Whether the Indian Child Welfare Act applies to a case. */
export const icwaApplicabilities = defineCodeList('icwaApplicability', [
  ['yes', 'Applies', 'Aplica', 'ICWA applies.'],
  ['no', 'Does not apply', 'No aplica', 'ICWA does not apply.'],
  ['unknown', 'Unknown', 'Desconocido', 'Not yet determined.'],
]);
/** An ICWA applicability code. */
export type IcwaApplicability = CodeOf<typeof icwaApplicabilities>;

/** Level at which an engagement takes place. */
export const engagementLevels = defineCodeList('engagementLevel', [
  ['local', 'Local', 'Local', 'A site, county or local council.'],
  ['state', 'State', 'Estatal', 'The state council or a state body.'],
  ['national', 'National', 'Nacional', 'A national body or event.'],
]);
/** An engagement level code. */
export type EngagementLevel = CodeOf<typeof engagementLevels>;

/** Every code list in core, by id. */
export const codeLists = {
  genderIdentity: genderIdentities,
  raceEthnicity: raceEthnicities,
  livedExperienceTopic: livedExperienceTopics,
  placementSetting: placementSettings,
  permanencyGoal: permanencyGoals,
  caseResolution: caseResolutions,
  trainingCourse: trainingCourses,
  backgroundCheckResult: backgroundCheckResults,
  partnerStatus: partnerStatuses,
  staffRole: staffRoles,
  referralSource: referralSources,
  referralStatus: referralStatuses,
  matchStatus: matchStatuses,
  matchClosureReason: matchClosureReasons,
  contactMode: contactModes,
  contactActivity: contactActivities,
  contactParticipant: contactParticipants,
  episodeExitReason: episodeExitReasons,
  maltreatmentDisposition: maltreatmentDispositions,
  supportSessionKind: supportSessionKinds,
  engagementKind: engagementKinds,
  councilRole: councilRoles,
  groupEventKind: groupEventKinds,
  meetingMode: meetingModes,
  relationshipKind: relationshipKinds,
  weekday: weekdays,
  contactSystem: contactSystems,
  tribalAffiliationStatus: tribalAffiliationStatuses,
  icwaApplicability: icwaApplicabilities,
  engagementLevel: engagementLevels,
} as const;
