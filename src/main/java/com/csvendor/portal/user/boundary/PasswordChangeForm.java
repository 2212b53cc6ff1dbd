package com.csvendor.portal.user.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A user's change of their own password: the current one as proof, and the new one. */
public class PasswordChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotEmpty
    @Size(max = 200)
    private String currentPassword;

    @NotEmpty
    @Size(max = 200)
    private String newPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
