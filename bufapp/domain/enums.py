"""Enumerations of the domain, with their Norwegian display labels kept in one place.

Values are stable code names stored in the database; labels are what a person reads.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members have a Norwegian label (see ``LABELS`` below)."""

    @property
    def label(self) -> str:
        return LABELS[(type(self), self.value)]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class PlacementBasis(LabelledEnum):
    VOLUNTARY = "voluntary"
    CARE_ORDER = "care_order"
    EMERGENCY = "emergency"


class PlaceType(LabelledEnum):
    FOSTER_HOME = "foster_home"
    KINSHIP_FOSTER_HOME = "kinship_foster_home"
    EMERGENCY_HOME = "emergency_home"
    INSTITUTION = "institution"


class PlacementEndReason(LabelledEnum):
    REUNIFICATION = "reunification"
    MOVED = "moved"
    ADOPTION = "adoption"
    CAME_OF_AGE = "came_of_age"
    OTHER = "other"


class AddressProtection(LabelledEnum):
    """A parent's address marking in the population register (Folkeregisteret)."""

    NONE = "none"
    CONFIDENTIAL = "confidential"  # fortrolig adresse
    STRICTLY_CONFIDENTIAL = "strictly_confidential"  # strengt fortrolig adresse


class Audience(LabelledEnum):
    """Who reads a document: what it may say depends on it (DOMAIN.md, "What a document may
    say, and to whom")."""

    PARENT = "parent"  # the parent the document is about
    THIRD_PARTY = "third_party"  # a service, a group member, anyone outside the office
    INTERNAL = "internal"  # the office's own copy


class ParentRole(LabelledEnum):
    MOTHER = "mother"
    FATHER = "father"
    CO_MOTHER = "co_mother"
    ADOPTIVE = "adoptive"
    OTHER_WITH_RESPONSIBILITY = "other_with_responsibility"


class ContactForm(LabelledEnum):
    PHONE = "phone"
    OFFICE_MEETING = "office_meeting"
    HOME_VISIT = "home_visit"
    NEUTRAL_PLACE = "neutral_place"
    VIDEO = "video"
    LETTER = "letter"
    MESSAGE = "message"
    FAILED_ATTEMPT = "failed_attempt"

    @property
    def is_held_conversation(self) -> bool:
        """A real exchange with the parent (not a letter sent, not a failed attempt)."""
        return self in HELD_CONVERSATION_FORMS


HELD_CONVERSATION_FORMS = frozenset(
    {
        ContactForm.PHONE,
        ContactForm.OFFICE_MEETING,
        ContactForm.HOME_VISIT,
        ContactForm.NEUTRAL_PLACE,
        ContactForm.VIDEO,
    }
)


class ContactTopic(LabelledEnum):
    FIRST_CONVERSATION = "first_conversation"
    INFORMATION = "information"
    VISITS = "visits"
    LIVING_CONDITIONS = "living_conditions"
    TREATMENT = "treatment"
    NETWORK = "network"
    CARER_COOPERATION = "carer_cooperation"
    CRISIS = "crisis"
    REUNIFICATION = "reunification"
    RESPONSIBILITY_GROUP = "responsibility_group"
    REFERRAL = "referral"
    OTHER = "other"


class Initiative(LabelledEnum):
    """Who took the initiative to the contact."""

    CASEWORKER = "caseworker"
    PARENT = "parent"
    OTHER_PARENT = "other_parent"
    CARERS = "carers"
    OTHER_SERVICE = "other_service"
    OTHER = "other"


class EntryStatus(LabelledEnum):
    """A saved entry is open (still being written), final (journal text), or withdrawn."""

    OPEN = "open"
    FINAL = "final"
    WITHDRAWN = "withdrawn"


class TaskResponsible(LabelledEnum):
    CASEWORKER = "caseworker"
    PARENT = "parent"
    OTHER = "other"


class TaskStatus(LabelledEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class ServiceType(LabelledEnum):
    NAV = "nav"
    GP = "gp"
    ADULT_MENTAL_HEALTH = "adult_mental_health"
    SUBSTANCE_TREATMENT = "substance_treatment"
    MUNICIPAL_MENTAL_HEALTH = "municipal_mental_health"
    FAMILY_COUNSELLING = "family_counselling"
    HOUSING = "housing"
    CRISIS_CENTRE = "crisis_centre"
    VOLUNTARY = "voluntary"
    OTHER = "other"


class InformationCategory(LabelledEnum):
    """What a consent lets the service pass on (DOMAIN.md section 9: specific, per category)."""

    PERSONAL_DETAILS = "personal_details"
    SITUATION_AFTER_PLACEMENT = "situation_after_placement"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    FINANCES_AND_HOUSING = "finances_and_housing"
    VISITS = "visits"
    SERVICE_ASSESSMENTS = "service_assessments"
    CHILDREN = "children"  # about the placed children: where they live, how they are, visits
    OTHER = "other"


class ConsentForm(LabelledEnum):
    WRITTEN = "written"
    ORAL = "oral"


class ReferralState(LabelledEnum):
    DRAFT = "draft"
    FINISHED = "finished"
    SENT = "sent"
    ANSWERED = "answered"
    DECLINED = "declined"
    NO_ANSWER = "no_answer"


class SentBy(LabelledEnum):
    POST = "post"
    BY_HAND = "by_hand"
    DIGITAL = "digital"


class ConsentStatus(LabelledEnum):
    IN_FORCE = "in_force"
    EXPIRES_SOON = "expires_soon"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NOT_YET = "not_yet"


class DocumentKind(LabelledEnum):
    """A finished document kept in the vault exactly as it was made."""

    REFERRAL = "referral"
    REFERRAL_COPY = "referral_copy"
    CONSENT_DECLARATION = "consent_declaration"
    CONTACT_EXTRACT = "contact_extract"
    MEETING_INVITATION = "meeting_invitation"
    MINUTES = "minutes"
    ACTION_LIST = "action_list"
    NETWORK_MAP = "network_map"
    NETWORK_COMPARISON = "network_comparison"
    INFORMATION_SHEET = "information_sheet"
    VISIT_PLAN = "visit_plan"
    FAMILY_CONFERENCE_PLAN = "family_conference_plan"


class DeadlineKind(LabelledEnum):
    FIRST_CONVERSATION = "first_conversation"
    CONTACT_FREQUENCY = "contact_frequency"
    NEW_OFFER = "new_offer"
    FOLLOW_UP = "follow_up"
    CONSENT_EXPIRES = "consent_expires"
    REFERRAL_REPLY = "referral_reply"
    MEETING_INVITATION = "meeting_invitation"
    MEETING_ACTION = "meeting_action"
    NEXT_MEETING = "next_meeting"
    FIRST_CONVERSATION_HELD = "first_conversation_held"
    INFORMATION_REPEAT = "information_repeat"
    INFORMATION_UNCONFIRMED = "information_unconfirmed"
    REASSESSMENT = "reassessment"
    WISH_ANSWER = "wish_answer"
    AFTER_REUNIFICATION = "after_reunification"
    AFTERCARE = "aftercare"
    NEXT_VISIT = "next_visit"
    VISITS_MISSED = "visits_missed"
    VISIT_EVALUATION = "visit_evaluation"
    VISIT_PLAN_PURPOSE = "visit_plan_purpose"
    LIVING_CONDITIONS = "living_conditions"
    FAMILY_CONFERENCE_FOLLOW_UP = "family_conference_follow_up"
    FAMILY_CONFERENCE = "family_conference"
    GROUP_OFFERS_NOT_TOLD = "group_offers_not_told"


class ChildPlanKind(LabelledEnum):
    """The child's plan the parent's follow-up starts from (seed 002 § 2.3)."""

    MEASURE_PLAN = "measure_plan"  # tiltaksplan: a voluntary placement
    CARE_PLAN = "care_plan"  # omsorgsplan: under a care order


class InformationManner(LabelledEnum):
    """How an item of information was given."""

    TALK = "talk"
    PHONE = "phone"
    LETTER = "letter"
    MEETING = "meeting"


class Understanding(LabelledEnum):
    """Whether the parent understood what they were told (seed 002 § 4.5.3)."""

    UNDERSTOOD = "understood"
    PARTLY = "partly"
    NOT_UNDERSTOOD = "not_understood"
    UNCONFIRMED = "unconfirmed"  # not yet checked with the parent


class HomeOutlook(LabelledEnum):
    """The service's assessment, in one word: can the parent expect the child home?"""

    HOME_POSSIBLE = "home_possible"
    NOT_NOW = "not_now"
    NOT_EXPECTED = "not_expected"


class WishKind(LabelledEnum):
    MORE_VISITS = "more_visits"
    NEW_CASEWORKER = "new_caseworker"
    MEET_CARERS = "meet_carers"
    CHILD_HOME = "child_home"
    HELP = "help"
    INFORMATION = "information"
    OTHER = "other"


class WishOutcome(LabelledEnum):
    GRANTED = "granted"
    PARTLY = "partly"
    REFUSED = "refused"


class VisitBasis(LabelledEnum):
    """Who set the visit plan's frame: a decision (the county board, or an emergency decision)
    sets a minimum the service may not go below; a voluntary placement's plan is agreed."""

    DECISION = "decision"
    AGREEMENT = "agreement"


class VisitPeriod(LabelledEnum):
    """The period a plan's number of visits is counted over."""

    WEEK = "week"
    TWO_WEEKS = "two_weeks"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


class VisitPlace(LabelledEnum):
    FOSTER_HOME = "foster_home"
    PARENT_HOME = "parent_home"
    NEUTRAL = "neutral"
    MEETING_PLACE = "meeting_place"  # a supervised meeting place, such as a family house
    OTHER = "other"


class Supervision(LabelledEnum):
    NONE = "none"
    SUPPORTED = "supported"  # støttet tilsyn: help for the parent during the visit
    PROTECTIVE = "protective"  # beskyttet tilsyn: to protect the child


class VisitPurpose(LabelledEnum):
    """The guideline's four purposes of visits (seed 002 § 4.5.5)."""

    ASSESS_REUNIFICATION = "assess_reunification"
    ATTACHMENT_REUNIFICATION = "attachment_reunification"
    FAMILY_TIES = "family_ties"
    LOSS_AND_GRIEF = "loss_and_grief"


class VisitOutcome(LabelledEnum):
    PLANNED = "planned"  # recorded ahead, e.g. to hold the talk before it
    HELD = "held"
    CANCELLED = "cancelled"
    NOT_ATTENDED = "not_attended"  # the parent did not come


class VisitForm(LabelledEnum):
    """How the contact took place: a visit, or another form when a visit cannot be held."""

    VISIT = "visit"
    PHONE = "phone"
    VIDEO = "video"
    LETTERS_PHOTOS = "letters_photos"


class CancelledBy(LabelledEnum):
    PARENT = "parent"
    CHILD = "child"
    CARERS = "carers"
    SERVICE = "service"
    SUPERVISOR = "supervisor"
    OTHER = "other"


class TalkMoment(LabelledEnum):
    BEFORE = "before"
    AFTER = "after"


class MemberRole(LabelledEnum):
    """Who a responsibility-group member is, seen from the parent."""

    PARENT = "parent"
    SUPPORT = "support"  # a representative or support person the parent chose
    SERVICE = "service"  # a helper from a service in the directory
    CARER = "carer"  # foster home or institution
    CASEWORKER = "caseworker"


class AgendaOrigin(LabelledEnum):
    PARENT = "parent"  # the parent's own points, recorded when preparing with them: first
    CARRIED = "carried"  # open actions from the previous meeting
    OTHER = "other"


class MeetingStatus(LabelledEnum):
    PLANNED = "planned"
    HELD = "held"  # minutes being written
    MINUTES_FINAL = "minutes_final"  # a change is a new version with a reason
    CANCELLED = "cancelled"


class Attendance(LabelledEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"  # meldt forfall
    ABSENT = "absent"


class TieQuality(LabelledEnum):
    """How the tie between the parent and a member of their network is, as the parent sees it."""

    STRONG = "strong"
    WEAK = "weak"
    CONFLICT = "conflict"
    BROKEN = "broken"


class HowOften(LabelledEnum):
    """The Social Network Map's three-step scale for support and criticism."""

    RARELY = "rarely"
    SOMETIMES = "sometimes"
    ALMOST_ALWAYS = "almost_always"


class SupportDirection(LabelledEnum):
    """Which way help goes between the parent and a member."""

    GIVES = "gives"  # the member gives the parent help
    RECEIVES = "receives"  # the member gets help from the parent
    BOTH = "both"


class ContactFrequency(LabelledEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    RARELY = "rarely"


class KnownFor(LabelledEnum):
    UNDER_ONE_YEAR = "under_one_year"
    ONE_TO_FIVE_YEARS = "one_to_five_years"
    OVER_FIVE_YEARS = "over_five_years"


# Pairs, not a dict keyed by member: StrEnum members of different enums with the same value
# (ContactTopic.OTHER and Initiative.OTHER are both "other") are equal and hash alike.
_LABEL_PAIRS: tuple[tuple[LabelledEnum, str], ...] = (
    (AddressProtection.NONE, "Ingen"),
    (AddressProtection.CONFIDENTIAL, "Fortrolig adresse"),
    (AddressProtection.STRICTLY_CONFIDENTIAL, "Strengt fortrolig adresse"),
    (Audience.PARENT, "Forelderen"),
    (Audience.THIRD_PARTY, "Andre tjenester"),
    (Audience.INTERNAL, "Barnevernstjenestens eget eksemplar"),
    (PlacementBasis.VOLUNTARY, "Frivillig plassering (hjelpetiltak)"),
    (PlacementBasis.CARE_ORDER, "Omsorgsovertakelse"),
    (PlacementBasis.EMERGENCY, "Akuttvedtak"),
    (PlaceType.FOSTER_HOME, "Fosterhjem"),
    (PlaceType.KINSHIP_FOSTER_HOME, "Fosterhjem i slekt/nettverk"),
    (PlaceType.EMERGENCY_HOME, "Beredskapshjem"),
    (PlaceType.INSTITUTION, "Barnevernsinstitusjon"),
    (PlacementEndReason.REUNIFICATION, "Tilbakeføring til foreldre"),
    (PlacementEndReason.MOVED, "Flyttet til annet tiltak"),
    (PlacementEndReason.ADOPTION, "Adopsjon"),
    (PlacementEndReason.CAME_OF_AGE, "Fylt 18 år"),
    (PlacementEndReason.OTHER, "Annet"),
    (ParentRole.MOTHER, "Mor"),
    (ParentRole.FATHER, "Far"),
    (ParentRole.CO_MOTHER, "Medmor"),
    (ParentRole.ADOPTIVE, "Adoptivforelder"),
    (ParentRole.OTHER_WITH_RESPONSIBILITY, "Annen med foreldreansvar"),
    (ContactForm.PHONE, "Telefon"),
    (ContactForm.OFFICE_MEETING, "Møte på kontoret"),
    (ContactForm.HOME_VISIT, "Hjemmebesøk"),
    (ContactForm.NEUTRAL_PLACE, "Nøytralt sted"),
    (ContactForm.VIDEO, "Video"),
    (ContactForm.LETTER, "Brev"),
    (ContactForm.MESSAGE, "SMS/e-post"),
    (ContactForm.FAILED_ATTEMPT, "Forsøk uten å oppnå kontakt"),
    (ContactTopic.FIRST_CONVERSATION, "Første samtale"),
    (ContactTopic.INFORMATION, "Informasjon"),
    (ContactTopic.VISITS, "Samvær"),
    (ContactTopic.LIVING_CONDITIONS, "Levekår"),
    (ContactTopic.TREATMENT, "Behandling/terapi"),
    (ContactTopic.NETWORK, "Nettverk"),
    (ContactTopic.CARER_COOPERATION, "Samarbeid med fosterhjem/institusjon"),
    (ContactTopic.CRISIS, "Krise"),
    (ContactTopic.REUNIFICATION, "Tilbakeføring"),
    (ContactTopic.RESPONSIBILITY_GROUP, "Ansvarsgruppe"),
    (ContactTopic.REFERRAL, "Henvisning"),
    (ContactTopic.OTHER, "Annet"),
    (Initiative.CASEWORKER, "Barnevernstjenesten"),
    (Initiative.PARENT, "Forelderen"),
    (Initiative.OTHER_PARENT, "Den andre forelderen"),
    (Initiative.CARERS, "Fosterhjem/institusjon"),
    (Initiative.OTHER_SERVICE, "En annen tjeneste"),
    (Initiative.OTHER, "Andre"),
    (EntryStatus.OPEN, "Under arbeid"),
    (EntryStatus.FINAL, "Ferdig"),
    (EntryStatus.WITHDRAWN, "Trukket tilbake"),
    (TaskResponsible.CASEWORKER, "Saksbehandler"),
    (TaskResponsible.PARENT, "Forelderen"),
    (TaskResponsible.OTHER, "Andre"),
    (TaskStatus.OPEN, "Åpen"),
    (TaskStatus.DONE, "Utført"),
    (TaskStatus.CANCELLED, "Bortfalt"),
    (ServiceType.NAV, "NAV-kontor"),
    (ServiceType.GP, "Fastlege"),
    (ServiceType.ADULT_MENTAL_HEALTH, "DPS / psykisk helse for voksne"),
    (ServiceType.SUBSTANCE_TREATMENT, "Rusbehandling"),
    (ServiceType.MUNICIPAL_MENTAL_HEALTH, "Kommunal psykisk helse- og rustjeneste"),
    (ServiceType.FAMILY_COUNSELLING, "Familievernkontor"),
    (ServiceType.HOUSING, "Boligkontor"),
    (ServiceType.CRISIS_CENTRE, "Krisesenter"),
    (ServiceType.VOLUNTARY, "Frivillig organisasjon"),
    (ServiceType.OTHER, "Annet"),
    (InformationCategory.PERSONAL_DETAILS, "Personalia"),
    (InformationCategory.SITUATION_AFTER_PLACEMENT, "Situasjonen etter plasseringen"),
    (InformationCategory.MENTAL_HEALTH, "Psykisk helse"),
    (InformationCategory.SUBSTANCE_USE, "Rus"),
    (InformationCategory.FINANCES_AND_HOUSING, "Økonomi og bolig"),
    (InformationCategory.VISITS, "Samvær"),
    (InformationCategory.SERVICE_ASSESSMENTS, "Barnevernstjenestens vurderinger"),
    (InformationCategory.CHILDREN, "Opplysninger om barna"),
    (InformationCategory.OTHER, "Annet"),
    (ConsentForm.WRITTEN, "Skriftlig"),
    (ConsentForm.ORAL, "Muntlig"),
    (ReferralState.DRAFT, "Utkast"),
    (ReferralState.FINISHED, "Ferdig"),
    (ReferralState.SENT, "Sendt"),
    (ReferralState.ANSWERED, "Svar mottatt"),
    (ReferralState.DECLINED, "Avslått"),
    (ReferralState.NO_ANSWER, "Ingen svar"),
    (SentBy.POST, "Post"),
    (SentBy.BY_HAND, "Levert for hånd"),
    (SentBy.DIGITAL, "Digitalt"),
    (ConsentStatus.IN_FORCE, "Gyldig"),
    (ConsentStatus.EXPIRES_SOON, "Utløper snart"),
    (ConsentStatus.EXPIRED, "Utløpt"),
    (ConsentStatus.WITHDRAWN, "Trukket tilbake"),
    (ConsentStatus.NOT_YET, "Gjelder fra senere dato"),
    (DocumentKind.REFERRAL, "Henvisning"),
    (DocumentKind.REFERRAL_COPY, "Kopi av henvisning til forelderen"),
    (DocumentKind.CONSENT_DECLARATION, "Samtykkeerklæring"),
    (DocumentKind.CONTACT_EXTRACT, "Utdrag av kontaktloggen"),
    (DocumentKind.MEETING_INVITATION, "Innkalling til ansvarsgruppemøte"),
    (DocumentKind.MINUTES, "Referat fra ansvarsgruppemøte"),
    (DocumentKind.ACTION_LIST, "Tiltaksliste for ansvarsgruppen"),
    (DocumentKind.NETWORK_MAP, "Nettverkskart"),
    (DocumentKind.NETWORK_COMPARISON, "Sammenligning av nettverkskart"),
    (DocumentKind.INFORMATION_SHEET, "Informasjonsark til forelderen"),
    (DocumentKind.VISIT_PLAN, "Samværsplan"),
    (DeadlineKind.FIRST_CONVERSATION, "Første samtale tilbudt"),
    (DeadlineKind.CONTACT_FREQUENCY, "Avtalt kontakt"),
    (DeadlineKind.NEW_OFFER, "Tilby kontakt på nytt"),
    (DeadlineKind.FOLLOW_UP, "Oppfølging"),
    (DeadlineKind.CONSENT_EXPIRES, "Samtykke utløper"),
    (DeadlineKind.REFERRAL_REPLY, "Svar på henvisning"),
    (DeadlineKind.MEETING_INVITATION, "Innkalling til ansvarsgruppemøte"),
    (DeadlineKind.MEETING_ACTION, "Tiltak fra ansvarsgruppen"),
    (DeadlineKind.NEXT_MEETING, "Neste ansvarsgruppemøte"),
    (DeadlineKind.FIRST_CONVERSATION_HELD, "Første samtale gjennomført"),
    (DeadlineKind.INFORMATION_REPEAT, "Informasjon gis igjen"),
    (DeadlineKind.INFORMATION_UNCONFIRMED, "Sjekk at informasjonen er forstått"),
    (DeadlineKind.REASSESSMENT, "Ny vurdering av veien hjem"),
    (DeadlineKind.WISH_ANSWER, "Svar på forelderens ønske"),
    (DeadlineKind.AFTER_REUNIFICATION, "Oppfølging etter tilbakeføring"),
    (DeadlineKind.AFTERCARE, "Ettervern – snakk om det før 18 år"),
    (DeadlineKind.NEXT_VISIT, "Neste samvær"),
    (DeadlineKind.VISITS_MISSED, "Samvær ikke gjennomført flere ganger på rad"),
    (DeadlineKind.VISIT_EVALUATION, "Evaluering av samværsplanen"),
    (DeadlineKind.VISIT_PLAN_PURPOSE, "Samværsplanen mangler formål"),
    (DeadlineKind.LIVING_CONDITIONS, "Levekår skal vurderes på nytt"),
    (VisitBasis.DECISION, "Vedtak (minimum)"),
    (VisitBasis.AGREEMENT, "Avtale med foreldrene"),
    (VisitPeriod.WEEK, "uke"),
    (VisitPeriod.TWO_WEEKS, "annen uke"),
    (VisitPeriod.MONTH, "måned"),
    (VisitPeriod.QUARTER, "kvartal"),
    (VisitPeriod.HALF_YEAR, "halvår"),
    (VisitPeriod.YEAR, "år"),
    (VisitPlace.FOSTER_HOME, "I fosterhjemmet eller institusjonen"),
    (VisitPlace.PARENT_HOME, "Hjemme hos forelderen"),
    (VisitPlace.NEUTRAL, "Nøytralt sted"),
    (VisitPlace.MEETING_PLACE, "Møtested med tilsyn (f.eks. familiens hus)"),
    (VisitPlace.OTHER, "Annet sted"),
    (Supervision.NONE, "Uten tilsyn"),
    (Supervision.SUPPORTED, "Støttet tilsyn"),
    (Supervision.PROTECTIVE, "Beskyttet tilsyn"),
    (VisitPurpose.ASSESS_REUNIFICATION, "Vurdere samværet med sikte på tilbakeføring"),
    (
        VisitPurpose.ATTACHMENT_REUNIFICATION,
        "Holde tilknytningen ved like med sikte på tilbakeføring",
    ),
    (VisitPurpose.FAMILY_TIES, "Holde kontakt og familiebånd når barnet ikke skal flytte hjem"),
    (
        VisitPurpose.LOSS_AND_GRIEF,
        "Hjelpe barnet med tap og sorg og et realistisk bilde av foreldrene",
    ),
    (VisitOutcome.PLANNED, "Planlagt"),
    (VisitOutcome.HELD, "Gjennomført"),
    (VisitOutcome.CANCELLED, "Avlyst"),
    (VisitOutcome.NOT_ATTENDED, "Forelderen møtte ikke"),
    (VisitForm.VISIT, "Samvær"),
    (VisitForm.PHONE, "Telefon"),
    (VisitForm.VIDEO, "Video"),
    (VisitForm.LETTERS_PHOTOS, "Brev og bilder"),
    (CancelledBy.PARENT, "Forelderen"),
    (CancelledBy.CHILD, "Barnet"),
    (CancelledBy.CARERS, "Fosterhjemmet eller institusjonen"),
    (CancelledBy.SERVICE, "Barnevernstjenesten"),
    (CancelledBy.SUPERVISOR, "Tilsynsføreren"),
    (CancelledBy.OTHER, "Andre"),
    (TalkMoment.BEFORE, "Samtale før samværet"),
    (TalkMoment.AFTER, "Samtale etter samværet"),
    (ChildPlanKind.MEASURE_PLAN, "Tiltaksplan"),
    (ChildPlanKind.CARE_PLAN, "Omsorgsplan"),
    (InformationManner.TALK, "I samtale"),
    (InformationManner.PHONE, "På telefon"),
    (InformationManner.LETTER, "I brev"),
    (InformationManner.MEETING, "I møte"),
    (Understanding.UNDERSTOOD, "Forstått"),
    (Understanding.PARTLY, "Delvis forstått"),
    (Understanding.NOT_UNDERSTOOD, "Ikke forstått"),
    (Understanding.UNCONFIRMED, "Ikke sjekket ennå"),
    (HomeOutlook.HOME_POSSIBLE, "Tilbakeføring kan bli aktuelt"),
    (HomeOutlook.NOT_NOW, "Ikke nå"),
    (HomeOutlook.NOT_EXPECTED, "Ikke forventet"),
    (WishKind.MORE_VISITS, "Mer samvær"),
    (WishKind.NEW_CASEWORKER, "Ny saksbehandler"),
    (WishKind.MEET_CARERS, "Møte fosterforeldrene"),
    (WishKind.CHILD_HOME, "At barnet flytter hjem"),
    (WishKind.HELP, "Hjelp eller tiltak"),
    (WishKind.INFORMATION, "Informasjon om barnet"),
    (WishKind.OTHER, "Annet"),
    (WishOutcome.GRANTED, "Innfridd"),
    (WishOutcome.PARTLY, "Delvis innfridd"),
    (WishOutcome.REFUSED, "Kan ikke innfris"),
    (MemberRole.PARENT, "Forelder"),
    (MemberRole.SUPPORT, "Representant eller støtteperson"),
    (MemberRole.SERVICE, "Tjeneste"),
    (MemberRole.CARER, "Fosterhjem eller institusjon"),
    (MemberRole.CASEWORKER, "Barnevernstjenesten"),
    (AgendaOrigin.PARENT, "Forelderens saker"),
    (AgendaOrigin.CARRIED, "Tiltak fra forrige møte"),
    (AgendaOrigin.OTHER, "Andre saker"),
    (MeetingStatus.PLANNED, "Planlagt"),
    (MeetingStatus.HELD, "Holdt – referat skrives"),
    (MeetingStatus.MINUTES_FINAL, "Referat ferdig"),
    (MeetingStatus.CANCELLED, "Avlyst"),
    (Attendance.PRESENT, "Til stede"),
    (Attendance.APOLOGIES, "Meldt forfall"),
    (Attendance.ABSENT, "Ikke til stede"),
    (TieQuality.STRONG, "Sterk og støttende"),
    (TieQuality.WEAK, "Svak"),
    (TieQuality.CONFLICT, "Konflikt eller belastende"),
    (TieQuality.BROKEN, "Brutt"),
    (HowOften.RARELY, "Sjelden"),
    (HowOften.SOMETIMES, "Noen ganger"),
    (HowOften.ALMOST_ALWAYS, "Nesten alltid"),
    (SupportDirection.GIVES, "Gir forelderen hjelp"),
    (SupportDirection.RECEIVES, "Får hjelp av forelderen"),
    (SupportDirection.BOTH, "Begge veier"),
    (ContactFrequency.DAILY, "Daglig"),
    (ContactFrequency.WEEKLY, "Ukentlig"),
    (ContactFrequency.MONTHLY, "Månedlig"),
    (ContactFrequency.RARELY, "Sjeldnere"),
    (KnownFor.UNDER_ONE_YEAR, "Under 1 år"),
    (KnownFor.ONE_TO_FIVE_YEARS, "1–5 år"),
    (KnownFor.OVER_FIVE_YEARS, "Over 5 år"),
)
LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _LABEL_PAIRS}


class LivingArea(LabelledEnum):
    """The five areas of the parent's living conditions (seed 002 § 4.5.6), in the guideline's
    order."""

    FINANCES = "finances"
    EDUCATION_WORK = "education_work"
    HOUSING = "housing"
    HEALTH = "health"
    SOCIAL_CONTACT = "social_contact"


# --- Issue 22, the parent's feedback (KOR: ORS and SRS; simple feedback) -----------------------


class KorScale(LabelledEnum):
    """Which KOR scale a paper form was: how the parent has it (ORS), or how the session was
    (SRS)."""

    ORS = "ors"
    SRS = "srs"


class Usefulness(LabelledEnum):
    """The answer to «Var samtalen nyttig for deg?»."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    DECLINED = "declined"  # the parent did not want to answer


# --- Familieråd (issue 22 § 3) ---------------------------------------------------------------


class ConferencePurpose(LabelledEnum):
    """What a family group conference is asked to decide after a placement (seed 002 § 4.4)."""

    FOLLOW_UP = "follow_up"  # how the parents are followed up after the placement
    VISITS = "visits"  # samvær and contact with the family
    REUNIFICATION = "reunification"
    NETWORK = "network"  # rebuilding broken ties, widening the network
    OTHER = "other"


class ConferenceStatus(LabelledEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class PlanApproval(LabelledEnum):
    """The service's answer to the family's plan."""

    APPROVED = "approved"
    APPROVED_WITH_RESERVATIONS = "approved_with_reservations"
    NOT_APPROVED = "not_approved"


LABELS.update(
    {
        (LivingArea, LivingArea.FINANCES.value): "Økonomi",
        (LivingArea, LivingArea.EDUCATION_WORK.value): "Utdanning og arbeid",
        (LivingArea, LivingArea.HOUSING.value): "Bolig",
        (LivingArea, LivingArea.HEALTH.value): "Helse",
        (LivingArea, LivingArea.SOCIAL_CONTACT.value): "Sosial kontakt",
        (KorScale, "ors"): "ORS – hvordan forelderen har det",
        (KorScale, "srs"): "SRS – hvordan samtalen var",
        (Usefulness, "yes"): "Ja",
        (Usefulness, "partly"): "Delvis",
        (Usefulness, "no"): "Nei",
        (Usefulness, "declined"): "Ville ikke svare",
    }
)
# --- Group offers and courses (issue 22 § 4, seed 000) ----------------------------------------


class GroupOfferType(LabelledEnum):
    """The five main kinds of group offer in the family counselling service (seed 000), and others."""

    ICDP = "icdp"  # ICDP foreldreveiledningsgruppe
    PRIDE_COURSE = "pride_course"  # foreldrekurs basert på PRIDE
    COPING_GROUP = "coping_group"  # mestringsgruppe etter flerfamiliemodellen
    THERAPEUTIC_GROUP = "therapeutic_group"  # lukket terapeutisk gruppe
    DROP_IN = "drop_in"  # åpen gruppe / drop-in
    OTHER = "other"


class OfferAnswer(LabelledEnum):
    """The parent's answer when told of the group offers."""

    INTERESTED = "interested"
    NOT_NOW = "not_now"
    NO = "no"


LABELS.update(
    {
        (type(m), m.value): text
        for m, text in (
            (DocumentKind.FAMILY_CONFERENCE_PLAN, "Familierådets plan"),
            (DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP, "Oppfølgende familieråd"),
            (DeadlineKind.FAMILY_CONFERENCE, "Familieråd"),
            (ConferencePurpose.FOLLOW_UP, "Oppfølging av foreldrene etter plasseringen"),
            (ConferencePurpose.VISITS, "Samvær og kontakt med familien"),
            (ConferencePurpose.REUNIFICATION, "Tilbakeføring"),
            (ConferencePurpose.NETWORK, "Bygge opp igjen nettverket"),
            (ConferencePurpose.OTHER, "Annet"),
            (ConferenceStatus.PLANNED, "Planlagt"),
            (ConferenceStatus.HELD, "Gjennomført"),
            (ConferenceStatus.CANCELLED, "Avlyst"),
            (PlanApproval.APPROVED, "Godkjent"),
            (PlanApproval.APPROVED_WITH_RESERVATIONS, "Godkjent med forbehold"),
            (PlanApproval.NOT_APPROVED, "Ikke godkjent"),
            (DeadlineKind.GROUP_OFFERS_NOT_TOLD, "Forelderen er ikke informert om gruppetilbud"),
            (GroupOfferType.ICDP, "ICDP foreldreveiledningsgruppe"),
            (GroupOfferType.PRIDE_COURSE, "Foreldrekurs basert på PRIDE"),
            (GroupOfferType.COPING_GROUP, "Mestringsgruppe (flerfamiliemodellen)"),
            (GroupOfferType.THERAPEUTIC_GROUP, "Lukket terapeutisk gruppe"),
            (GroupOfferType.DROP_IN, "Åpen gruppe (drop-in)"),
            (GroupOfferType.OTHER, "Annet"),
            (OfferAnswer.INTERESTED, "Interessert"),
            (OfferAnswer.NOT_NOW, "Ikke nå"),
            (OfferAnswer.NO, "Nei"),
        )
    }
)
