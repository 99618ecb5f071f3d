/**
 * Dialogs (RFC 3261 §12), run by the core over JAIN-SIP's dialog layer: the session module and event packages
 * {@link org.asterism.sip.api.dialog.DialogLayer#accept accept} a dialog-creating request or
 * {@link org.asterism.sip.api.dialog.DialogLayer#start start} one, and the core routes what belongs to the dialog
 * (in-dialog requests, the CANCEL, the ACK) to its {@link org.asterism.sip.api.dialog.DialogHandler}. A request with a To
 * tag that matches no dialog gets 481 from the core.
 */
@Export
@Version("1.0.0")
package org.asterism.sip.api.dialog;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
