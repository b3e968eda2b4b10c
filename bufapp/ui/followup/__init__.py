"""The oppfølging page of one parent: the child's plans and the role the parent keeps, the
information given until it is understood, the service's assessment of the way home and the
parent's own evaluations, the parent's wishes answered with reasons, and the deadlines."""
