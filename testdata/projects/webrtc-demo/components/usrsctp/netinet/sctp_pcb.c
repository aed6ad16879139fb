/*
 * Endpoint bookkeeping. The allocation macros come from sctp_os_userspace.h.
 */
#include "netinet/sctp_pcb.h"

struct sctp_base_info system_base_info;

void sctp_pcb_init(void)
{
    if (SCTP_BASE_VAR(sctp_pcb_initialized)) {
        return;
    }
    memset(&system_base_info.sctppcbinfo, 0, sizeof(system_base_info.sctppcbinfo));
    SCTP_INP_INFO_LOCK_INIT();
    SCTP_BASE_SYSCTL(sctp_sendspace) = 256 * 1024;
    SCTP_BASE_SYSCTL(sctp_recvspace) = 256 * 1024;
    SCTP_BASE_VAR(sctp_pcb_initialized) = 1;
}

void sctp_pcb_finish(void)
{
    struct sctp_inpcb *inp;

    if (!SCTP_BASE_VAR(sctp_pcb_initialized)) {
        return;
    }
    SCTP_INP_INFO_WLOCK();
    while ((inp = SCTP_BASE_INFO(listhead)) != NULL) {
        SCTP_BASE_INFO(listhead) = inp->next;
        SCTP_ZONE_FREE(inp);
    }
    SCTP_INP_INFO_WUNLOCK();
    SCTP_INP_INFO_LOCK_DESTROY();
    SCTP_BASE_VAR(sctp_pcb_initialized) = 0;
}

struct sctp_inpcb *sctp_inpcb_alloc(void *ulp_info)
{
    struct sctp_inpcb *inp;

    SCTP_ZONE_GET(inp, struct sctp_inpcb);
    if (inp == NULL) {
        return NULL;
    }
    inp->ulp_info = ulp_info;

    SCTP_INP_INFO_WLOCK();
    inp->next = SCTP_BASE_INFO(listhead);
    SCTP_BASE_INFO(listhead) = inp;
    SCTP_BASE_INFO(ipi_count_ep)++;
    SCTP_INP_INFO_WUNLOCK();
    return inp;
}

void sctp_inpcb_free(struct sctp_inpcb *inp)
{
    struct sctp_inpcb **link;

    SCTP_INP_INFO_WLOCK();
    for (link = &SCTP_BASE_INFO(listhead); *link != NULL; link = &(*link)->next) {
        if (*link == inp) {
            *link = inp->next;
            SCTP_BASE_INFO(ipi_count_ep)--;
            break;
        }
    }
    SCTP_INP_INFO_WUNLOCK();
    SCTP_ZONE_FREE(inp);
}

char *sctp_copy_name(const char *name)
{
    char *copy;
    size_t len = strlen(name) + 1;

    SCTP_MALLOC(copy, char *, len, SCTP_M_SONAME);
    if (copy != NULL) {
        memcpy(copy, name, len);
    }
    return copy;
}
