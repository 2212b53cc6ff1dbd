package com.csvendor.portal.web;

import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.shared.Failures;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.PrimeFaces;

/**
 * Messages of a service call made from an edit dialog. Errors stay in the dialog, which stays open;
 * a business error about one input (its {@code field} is the input's id in the form) goes next to
 * that input. A success is shown in the page's growl, because the dialog closes.
 */
public final class DialogMessages {

    private DialogMessages() {
    }

    public static void saved(String key, Object... arguments) {
        FacesMessages.info(key, arguments);
        PrimeFaces.current().ajax().update("growl");
    }

    public static void failed(String formId, RuntimeException thrown) {
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
