package org.govreport.dsl.model;

/** Where a cell's value comes from; only what the user wrote can be blamed for an imbalance. */
public enum CellOrigin {
	/** A number the user wrote. */
	WRITTEN,
	/** Left out (or written empty): 0. */
	OMITTED,
	/** A total left out and computed from its identity. */
	COMPUTED,
	/** Written, but not a usable number (无, a number too large); its value is unknown. */
	INVALID
}
