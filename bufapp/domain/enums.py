"""Enumerations of the domain, with their Norwegian display labels kept in one place.

Values are stable code names stored in the database; labels are what a person reads.
"""

from __future__ import annotations

from enum import StrEnum

from bufapp.domain.words import N_


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
    (AddressProtection.NONE, N_("Ingen")),
    (AddressProtection.CONFIDENTIAL, N_("Fortrolig adresse")),
    (AddressProtection.STRICTLY_CONFIDENTIAL, N_("Strengt fortrolig adresse")),
    (Audience.PARENT, N_("Forelderen")),
    (Audience.THIRD_PARTY, N_("Andre tjenester")),
    (Audience.INTERNAL, N_("Barnevernstjenestens eget eksemplar")),
    (PlacementBasis.VOLUNTARY, N_("Frivillig plassering (hjelpetiltak)")),
    (PlacementBasis.CARE_ORDER, N_("Omsorgsovertakelse")),
    (PlacementBasis.EMERGENCY, N_("Akuttvedtak")),
    (PlaceType.FOSTER_HOME, N_("Fosterhjem")),
    (PlaceType.KINSHIP_FOSTER_HOME, N_("Fosterhjem i slekt/nettverk")),
    (PlaceType.EMERGENCY_HOME, N_("Beredskapshjem")),
    (PlaceType.INSTITUTION, N_("Barnevernsinstitusjon")),
    (PlacementEndReason.REUNIFICATION, N_("Tilbakeføring til foreldre")),
    (PlacementEndReason.MOVED, N_("Flyttet til annet tiltak")),
    (PlacementEndReason.ADOPTION, N_("Adopsjon")),
    (PlacementEndReason.CAME_OF_AGE, N_("Fylt 18 år")),
    (PlacementEndReason.OTHER, N_("Annet")),
    (ParentRole.MOTHER, N_("Mor")),
    (ParentRole.FATHER, N_("Far")),
    (ParentRole.CO_MOTHER, N_("Medmor")),
    (ParentRole.ADOPTIVE, N_("Adoptivforelder")),
    (ParentRole.OTHER_WITH_RESPONSIBILITY, N_("Annen med foreldreansvar")),
    (ContactForm.PHONE, N_("Telefon")),
    (ContactForm.OFFICE_MEETING, N_("Møte på kontoret")),
    (ContactForm.HOME_VISIT, N_("Hjemmebesøk")),
    (ContactForm.NEUTRAL_PLACE, N_("Nøytralt sted")),
    (ContactForm.VIDEO, N_("Video")),
    (ContactForm.LETTER, N_("Brev")),
    (ContactForm.MESSAGE, N_("SMS/e-post")),
    (ContactForm.FAILED_ATTEMPT, N_("Forsøk uten å oppnå kontakt")),
    (ContactTopic.FIRST_CONVERSATION, N_("Første samtale")),
    (ContactTopic.INFORMATION, N_("Informasjon")),
    (ContactTopic.VISITS, N_("Samvær")),
    (ContactTopic.LIVING_CONDITIONS, N_("Levekår")),
    (ContactTopic.TREATMENT, N_("Behandling/terapi")),
    (ContactTopic.NETWORK, N_("Nettverk")),
    (ContactTopic.CARER_COOPERATION, N_("Samarbeid med fosterhjem/institusjon")),
    (ContactTopic.CRISIS, N_("Krise")),
    (ContactTopic.REUNIFICATION, N_("Tilbakeføring")),
    (ContactTopic.RESPONSIBILITY_GROUP, N_("Ansvarsgruppe")),
    (ContactTopic.REFERRAL, N_("Henvisning")),
    (ContactTopic.OTHER, N_("Annet")),
    (Initiative.CASEWORKER, N_("Barnevernstjenesten")),
    (Initiative.PARENT, N_("Forelderen")),
    (Initiative.OTHER_PARENT, N_("Den andre forelderen")),
    (Initiative.CARERS, N_("Fosterhjem/institusjon")),
    (Initiative.OTHER_SERVICE, N_("En annen tjeneste")),
    (Initiative.OTHER, N_("Andre")),
    (EntryStatus.OPEN, N_("Under arbeid")),
    (EntryStatus.FINAL, N_("Ferdig")),
    (EntryStatus.WITHDRAWN, N_("Trukket tilbake")),
    (TaskResponsible.CASEWORKER, N_("Saksbehandler")),
    (TaskResponsible.PARENT, N_("Forelderen")),
    (TaskResponsible.OTHER, N_("Andre")),
    (TaskStatus.OPEN, N_("Åpen")),
    (TaskStatus.DONE, N_("Utført")),
    (TaskStatus.CANCELLED, N_("Bortfalt")),
    (ServiceType.NAV, N_("NAV-kontor")),
    (ServiceType.GP, N_("Fastlege")),
    (ServiceType.ADULT_MENTAL_HEALTH, N_("DPS / psykisk helse for voksne")),
    (ServiceType.SUBSTANCE_TREATMENT, N_("Rusbehandling")),
    (ServiceType.MUNICIPAL_MENTAL_HEALTH, N_("Kommunal psykisk helse- og rustjeneste")),
    (ServiceType.FAMILY_COUNSELLING, N_("Familievernkontor")),
    (ServiceType.HOUSING, N_("Boligkontor")),
    (ServiceType.CRISIS_CENTRE, N_("Krisesenter")),
    (ServiceType.VOLUNTARY, N_("Frivillig organisasjon")),
    (ServiceType.OTHER, N_("Annet")),
    (InformationCategory.PERSONAL_DETAILS, N_("Personalia")),
    (InformationCategory.SITUATION_AFTER_PLACEMENT, N_("Situasjonen etter plasseringen")),
    (InformationCategory.MENTAL_HEALTH, N_("Psykisk helse")),
    (InformationCategory.SUBSTANCE_USE, N_("Rus")),
    (InformationCategory.FINANCES_AND_HOUSING, N_("Økonomi og bolig")),
    (InformationCategory.VISITS, N_("Samvær")),
    (InformationCategory.SERVICE_ASSESSMENTS, N_("Barnevernstjenestens vurderinger")),
    (InformationCategory.CHILDREN, N_("Opplysninger om barna")),
    (InformationCategory.OTHER, N_("Annet")),
    (ConsentForm.WRITTEN, N_("Skriftlig")),
    (ConsentForm.ORAL, N_("Muntlig")),
    (ReferralState.DRAFT, N_("Utkast")),
    (ReferralState.FINISHED, N_("Ferdig")),
    (ReferralState.SENT, N_("Sendt")),
    (ReferralState.ANSWERED, N_("Svar mottatt")),
    (ReferralState.DECLINED, N_("Avslått")),
    (ReferralState.NO_ANSWER, N_("Ingen svar")),
    (SentBy.POST, N_("Post")),
    (SentBy.BY_HAND, N_("Levert for hånd")),
    (SentBy.DIGITAL, N_("Digitalt")),
    (ConsentStatus.IN_FORCE, N_("Gyldig")),
    (ConsentStatus.EXPIRES_SOON, N_("Utløper snart")),
    (ConsentStatus.EXPIRED, N_("Utløpt")),
    (ConsentStatus.WITHDRAWN, N_("Trukket tilbake")),
    (ConsentStatus.NOT_YET, N_("Gjelder fra senere dato")),
    (DocumentKind.REFERRAL, N_("Henvisning")),
    (DocumentKind.REFERRAL_COPY, N_("Kopi av henvisning til forelderen")),
    (DocumentKind.CONSENT_DECLARATION, N_("Samtykkeerklæring")),
    (DocumentKind.CONTACT_EXTRACT, N_("Utdrag av kontaktloggen")),
    (DocumentKind.MEETING_INVITATION, N_("Innkalling til ansvarsgruppemøte")),
    (DocumentKind.MINUTES, N_("Referat fra ansvarsgruppemøte")),
    (DocumentKind.ACTION_LIST, N_("Tiltaksliste for ansvarsgruppen")),
    (DocumentKind.NETWORK_MAP, N_("Nettverkskart")),
    (DocumentKind.NETWORK_COMPARISON, N_("Sammenligning av nettverkskart")),
    (DocumentKind.INFORMATION_SHEET, N_("Informasjonsark til forelderen")),
    (DocumentKind.VISIT_PLAN, N_("Samværsplan")),
    (DeadlineKind.FIRST_CONVERSATION, N_("Første samtale tilbudt")),
    (DeadlineKind.CONTACT_FREQUENCY, N_("Avtalt kontakt")),
    (DeadlineKind.NEW_OFFER, N_("Tilby kontakt på nytt")),
    (DeadlineKind.FOLLOW_UP, N_("Oppfølging")),
    (DeadlineKind.CONSENT_EXPIRES, N_("Samtykke utløper")),
    (DeadlineKind.REFERRAL_REPLY, N_("Svar på henvisning")),
    (DeadlineKind.MEETING_INVITATION, N_("Innkalling til ansvarsgruppemøte")),
    (DeadlineKind.MEETING_ACTION, N_("Tiltak fra ansvarsgruppen")),
    (DeadlineKind.NEXT_MEETING, N_("Neste ansvarsgruppemøte")),
    (DeadlineKind.FIRST_CONVERSATION_HELD, N_("Første samtale gjennomført")),
    (DeadlineKind.INFORMATION_REPEAT, N_("Informasjon gis igjen")),
    (DeadlineKind.INFORMATION_UNCONFIRMED, N_("Sjekk at informasjonen er forstått")),
    (DeadlineKind.REASSESSMENT, N_("Ny vurdering av veien hjem")),
    (DeadlineKind.WISH_ANSWER, N_("Svar på forelderens ønske")),
    (DeadlineKind.AFTER_REUNIFICATION, N_("Oppfølging etter tilbakeføring")),
    (DeadlineKind.AFTERCARE, N_("Ettervern – snakk om det før 18 år")),
    (DeadlineKind.NEXT_VISIT, N_("Neste samvær")),
    (DeadlineKind.VISITS_MISSED, N_("Samvær ikke gjennomført flere ganger på rad")),
    (DeadlineKind.VISIT_EVALUATION, N_("Evaluering av samværsplanen")),
    (DeadlineKind.VISIT_PLAN_PURPOSE, N_("Samværsplanen mangler formål")),
    (DeadlineKind.LIVING_CONDITIONS, N_("Levekår skal vurderes på nytt")),
    (VisitBasis.DECISION, N_("Vedtak (minimum)")),
    (VisitBasis.AGREEMENT, N_("Avtale med foreldrene")),
    (VisitPeriod.WEEK, N_("uke")),
    (VisitPeriod.TWO_WEEKS, N_("annen uke")),
    (VisitPeriod.MONTH, N_("måned")),
    (VisitPeriod.QUARTER, N_("kvartal")),
    (VisitPeriod.HALF_YEAR, N_("halvår")),
    (VisitPeriod.YEAR, N_("år")),
    (VisitPlace.FOSTER_HOME, N_("I fosterhjemmet eller institusjonen")),
    (VisitPlace.PARENT_HOME, N_("Hjemme hos forelderen")),
    (VisitPlace.NEUTRAL, N_("Nøytralt sted")),
    (VisitPlace.MEETING_PLACE, N_("Møtested med tilsyn (f.eks. familiens hus)")),
    (VisitPlace.OTHER, N_("Annet sted")),
    (Supervision.NONE, N_("Uten tilsyn")),
    (Supervision.SUPPORTED, N_("Støttet tilsyn")),
    (Supervision.PROTECTIVE, N_("Beskyttet tilsyn")),
    (VisitPurpose.ASSESS_REUNIFICATION, N_("Vurdere samværet med sikte på tilbakeføring")),
    (
        VisitPurpose.ATTACHMENT_REUNIFICATION,
        N_("Holde tilknytningen ved like med sikte på tilbakeføring"),
    ),
    (VisitPurpose.FAMILY_TIES, N_("Holde kontakt og familiebånd når barnet ikke skal flytte hjem")),
    (
        VisitPurpose.LOSS_AND_GRIEF,
        N_("Hjelpe barnet med tap og sorg og et realistisk bilde av foreldrene"),
    ),
    (VisitOutcome.PLANNED, N_("Planlagt")),
    (VisitOutcome.HELD, N_("Gjennomført")),
    (VisitOutcome.CANCELLED, N_("Avlyst")),
    (VisitOutcome.NOT_ATTENDED, N_("Forelderen møtte ikke")),
    (VisitForm.VISIT, N_("Samvær")),
    (VisitForm.PHONE, N_("Telefon")),
    (VisitForm.VIDEO, N_("Video")),
    (VisitForm.LETTERS_PHOTOS, N_("Brev og bilder")),
    (CancelledBy.PARENT, N_("Forelderen")),
    (CancelledBy.CHILD, N_("Barnet")),
    (CancelledBy.CARERS, N_("Fosterhjemmet eller institusjonen")),
    (CancelledBy.SERVICE, N_("Barnevernstjenesten")),
    (CancelledBy.SUPERVISOR, N_("Tilsynsføreren")),
    (CancelledBy.OTHER, N_("Andre")),
    (TalkMoment.BEFORE, N_("Samtale før samværet")),
    (TalkMoment.AFTER, N_("Samtale etter samværet")),
    (ChildPlanKind.MEASURE_PLAN, N_("Tiltaksplan")),
    (ChildPlanKind.CARE_PLAN, N_("Omsorgsplan")),
    (InformationManner.TALK, N_("I samtale")),
    (InformationManner.PHONE, N_("På telefon")),
    (InformationManner.LETTER, N_("I brev")),
    (InformationManner.MEETING, N_("I møte")),
    (Understanding.UNDERSTOOD, N_("Forstått")),
    (Understanding.PARTLY, N_("Delvis forstått")),
    (Understanding.NOT_UNDERSTOOD, N_("Ikke forstått")),
    (Understanding.UNCONFIRMED, N_("Ikke sjekket ennå")),
    (HomeOutlook.HOME_POSSIBLE, N_("Tilbakeføring kan bli aktuelt")),
    (HomeOutlook.NOT_NOW, N_("Ikke nå")),
    (HomeOutlook.NOT_EXPECTED, N_("Ikke forventet")),
    (WishKind.MORE_VISITS, N_("Mer samvær")),
    (WishKind.NEW_CASEWORKER, N_("Ny saksbehandler")),
    (WishKind.MEET_CARERS, N_("Møte fosterforeldrene")),
    (WishKind.CHILD_HOME, N_("At barnet flytter hjem")),
    (WishKind.HELP, N_("Hjelp eller tiltak")),
    (WishKind.INFORMATION, N_("Informasjon om barnet")),
    (WishKind.OTHER, N_("Annet")),
    (WishOutcome.GRANTED, N_("Innfridd")),
    (WishOutcome.PARTLY, N_("Delvis innfridd")),
    (WishOutcome.REFUSED, N_("Kan ikke innfris")),
    (MemberRole.PARENT, N_("Forelder")),
    (MemberRole.SUPPORT, N_("Representant eller støtteperson")),
    (MemberRole.SERVICE, N_("Tjeneste")),
    (MemberRole.CARER, N_("Fosterhjem eller institusjon")),
    (MemberRole.CASEWORKER, N_("Barnevernstjenesten")),
    (AgendaOrigin.PARENT, N_("Forelderens saker")),
    (AgendaOrigin.CARRIED, N_("Tiltak fra forrige møte")),
    (AgendaOrigin.OTHER, N_("Andre saker")),
    (MeetingStatus.PLANNED, N_("Planlagt")),
    (MeetingStatus.HELD, N_("Holdt – referat skrives")),
    (MeetingStatus.MINUTES_FINAL, N_("Referat ferdig")),
    (MeetingStatus.CANCELLED, N_("Avlyst")),
    (Attendance.PRESENT, N_("Til stede")),
    (Attendance.APOLOGIES, N_("Meldt forfall")),
    (Attendance.ABSENT, N_("Ikke til stede")),
    (TieQuality.STRONG, N_("Sterk og støttende")),
    (TieQuality.WEAK, N_("Svak")),
    (TieQuality.CONFLICT, N_("Konflikt eller belastende")),
    (TieQuality.BROKEN, N_("Brutt")),
    (HowOften.RARELY, N_("Sjelden")),
    (HowOften.SOMETIMES, N_("Noen ganger")),
    (HowOften.ALMOST_ALWAYS, N_("Nesten alltid")),
    (SupportDirection.GIVES, N_("Gir forelderen hjelp")),
    (SupportDirection.RECEIVES, N_("Får hjelp av forelderen")),
    (SupportDirection.BOTH, N_("Begge veier")),
    (ContactFrequency.DAILY, N_("Daglig")),
    (ContactFrequency.WEEKLY, N_("Ukentlig")),
    (ContactFrequency.MONTHLY, N_("Månedlig")),
    (ContactFrequency.RARELY, N_("Sjeldnere")),
    (KnownFor.UNDER_ONE_YEAR, N_("Under 1 år")),
    (KnownFor.ONE_TO_FIVE_YEARS, N_("1–5 år")),
    (KnownFor.OVER_FIVE_YEARS, N_("Over 5 år")),
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
        (LivingArea, LivingArea.FINANCES.value): N_("Økonomi"),
        (LivingArea, LivingArea.EDUCATION_WORK.value): N_("Utdanning og arbeid"),
        (LivingArea, LivingArea.HOUSING.value): N_("Bolig"),
        (LivingArea, LivingArea.HEALTH.value): N_("Helse"),
        (LivingArea, LivingArea.SOCIAL_CONTACT.value): N_("Sosial kontakt"),
        (KorScale, "ors"): N_("ORS – hvordan forelderen har det"),
        (KorScale, "srs"): N_("SRS – hvordan samtalen var"),
        (Usefulness, "yes"): N_("Ja"),
        (Usefulness, "partly"): N_("Delvis"),
        (Usefulness, "no"): N_("Nei"),
        (Usefulness, "declined"): N_("Ville ikke svare"),
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
            (DocumentKind.FAMILY_CONFERENCE_PLAN, N_("Familierådets plan")),
            (DeadlineKind.FAMILY_CONFERENCE_FOLLOW_UP, N_("Oppfølgende familieråd")),
            (DeadlineKind.FAMILY_CONFERENCE, N_("Familieråd")),
            (ConferencePurpose.FOLLOW_UP, N_("Oppfølging av foreldrene etter plasseringen")),
            (ConferencePurpose.VISITS, N_("Samvær og kontakt med familien")),
            (ConferencePurpose.REUNIFICATION, N_("Tilbakeføring")),
            (ConferencePurpose.NETWORK, N_("Bygge opp igjen nettverket")),
            (ConferencePurpose.OTHER, N_("Annet")),
            (ConferenceStatus.PLANNED, N_("Planlagt")),
            (ConferenceStatus.HELD, N_("Gjennomført")),
            (ConferenceStatus.CANCELLED, N_("Avlyst")),
            (PlanApproval.APPROVED, N_("Godkjent")),
            (PlanApproval.APPROVED_WITH_RESERVATIONS, N_("Godkjent med forbehold")),
            (PlanApproval.NOT_APPROVED, N_("Ikke godkjent")),
            (
                DeadlineKind.GROUP_OFFERS_NOT_TOLD,
                N_("Forelderen er ikke informert om gruppetilbud"),
            ),
            (GroupOfferType.ICDP, N_("ICDP foreldreveiledningsgruppe")),
            (GroupOfferType.PRIDE_COURSE, N_("Foreldrekurs basert på PRIDE")),
            (GroupOfferType.COPING_GROUP, N_("Mestringsgruppe (flerfamiliemodellen)")),
            (GroupOfferType.THERAPEUTIC_GROUP, N_("Lukket terapeutisk gruppe")),
            (GroupOfferType.DROP_IN, N_("Åpen gruppe (drop-in)")),
            (GroupOfferType.OTHER, N_("Annet")),
            (OfferAnswer.INTERESTED, N_("Interessert")),
            (OfferAnswer.NOT_NOW, N_("Ikke nå")),
            (OfferAnswer.NO, N_("Nei")),
        )
    }
)
