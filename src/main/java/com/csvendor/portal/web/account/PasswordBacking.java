package com.csvendor.portal.web.account;

import com.csvendor.portal.security.control.SessionSignIn;
import com.csvendor.portal.security.control.UserDirectory;
import com.csvendor.portal.user.boundary.PasswordChangeForm;
import com.csvendor.portal.user.boundary.UserService;
import com.csvendor.portal.web.DialogMessages;
import com.csvendor.portal.web.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;

/**
 * "Change my password": the current password, the new one twice. After the change this session
 * carries on under a new id, stamped with the new password; the user's other sessions end.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @EJB
    UserService service;

    @Inject
    UserDirectory directory;

    private final PasswordChangeForm form = new PasswordChangeForm();
    private String repeat;

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!Objects.equals(form.getNewPassword(), repeat)) {
            FacesMessages.error("password-form:repeat", FacesMessages.text("password.change.mismatch"));
            faces.validationFailed();
            return;
        }
        try {
            service.changeOwnPassword(form);
            keepThisSession((HttpServletRequest) faces.getExternalContext().getRequest());
            FacesMessages.info("password.change.done");
        } catch (RuntimeException e) {
            DialogMessages.failed("password-form", e);
        }
    }

    private void keepThisSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionSignIn.ATTRIBUTE) instanceof SessionSignIn signIn) {
            directory.find(signIn.username())
                    .ifPresent(now -> session.setAttribute(SessionSignIn.ATTRIBUTE, signIn.rekeyed(now)));
            request.changeSessionId();
        }
    }

    public PasswordChangeForm getForm() {
        return form;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
