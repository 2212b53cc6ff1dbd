package com.csvendor.portal.web;

import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.shared.Failures;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

/**
 * Shows a failed service call in a dialog form: a business error about one input (its
 * {@code field} is the input's id in the form) goes next to that input; anything else goes to
 * {@link FacesMessages#error(RuntimeException)}.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(String formId, RuntimeException thrown) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // The input is not marked invalid: Mojarra (with empty strings read as null) would then render it empty.
        if (Failures.unwrap(thrown) instanceof BusinessException be && be.field() != null
                && faces.getViewRoot().findComponent(":" + formId + ":" + be.field()) instanceof UIInput input) {
            FacesMessages.error(input.getClientId(faces), be.localizedMessage(faces.getViewRoot().getLocale()));
            faces.validationFailed();
        } else {
            FacesMessages.error(thrown);
        }
    }
}
