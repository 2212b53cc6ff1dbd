package com.csvendor.portal.shared;

/** Master data that is deactivated instead of deleted, so that everything recorded against it stays. */
public interface Activatable {

    void deactivate();

    void reactivate();

    /** Deactivates or reactivates, as a form's switch asks. */
    default void changeActive(boolean active) {
        if (active) {
            reactivate();
        } else {
            deactivate();
        }
    }
}
