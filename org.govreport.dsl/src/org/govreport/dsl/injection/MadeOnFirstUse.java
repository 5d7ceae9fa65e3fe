package org.govreport.dsl.injection;

import com.google.inject.Injector;

/**
 * One instance of a class, made by the injector when it is first asked for: the services every resource is
 * given but a check never uses are made this way (issue 17).
 */
final class MadeOnFirstUse<T> {
	private final Injector injector;
	private final Class<? extends T> type;
	private volatile T made;

	MadeOnFirstUse(Injector injector, Class<? extends T> type) {
		this.injector = injector;
		this.type = type;
	}

	T get() {
		T known = made;
		if (known == null) {
			synchronized (this) {
				known = made;
				if (known == null) {
					known = injector.getInstance(type);
					made = known;
				}
			}
		}
		return known;
	}
}
